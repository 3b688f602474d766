package org.peerbot.core.port;

import java.time.LocalDate;
import java.util.Map;

/**
 * Anonymous daily counts behind the organisers' {@code /stats}: a day, a name such as
 * {@code handoff.claimed} and a number. Nothing about any person, so they outlive {@code /forget} and
 * the retention purges by design. Written in the same transaction as the turn they count.
 */
public interface Tallies {

    /** Adds {@code amount} to the named count for that day (UTC). */
    void add(LocalDate day, String name, long amount);

    /** Every count from {@code firstDay} to today, summed by name. */
    Map<String, Long> since(LocalDate firstDay);
}
