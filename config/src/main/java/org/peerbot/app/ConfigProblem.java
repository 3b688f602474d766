package org.peerbot.app;

/** A configuration mistake, reported at start as what is wrong and what to do. */
public final class ConfigProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String action;

    public ConfigProblem(String description, String action) {
        super(description);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
