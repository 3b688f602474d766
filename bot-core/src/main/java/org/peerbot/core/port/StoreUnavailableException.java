package org.peerbot.core.port;

/**
 * The stores cannot be reached just now (the database is restarting, the network dropped). Nothing of the
 * turn was kept, and the same event can be handled again once the stores are back. Messages carry no row
 * content.
 */
public class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
