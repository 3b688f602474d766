package org.peerbot.core.wording;

import java.util.regex.Pattern;

/** Patterns the bot must never send (doses), shared by the engine's checks and the catalogue test. */
public final class Safety {

    /** A dose: a number followed by a unit of medicine. */
    public static final Pattern DOSE = Pattern.compile("(?i)\\b\\d+(?:[.,]\\d+)? ?(mg|mcg|ml|units?|tablets?|pills?)\\b");

    private Safety() {
    }
}
