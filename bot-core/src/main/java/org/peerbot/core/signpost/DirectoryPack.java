package org.peerbot.core.signpost;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One region's services directory, read from an already-parsed tree (maps, lists, strings,
 * booleans and dates as a YAML or JSON parser produces them) and checked in full on the way in
 * (by {@link PackReader}; {@link PackDirectory} does the looking up).
 * The core does not parse YAML itself: whoever loads {@link #RESOURCE_PATTERN} parses it and calls
 * {@link #fromTree}. The format is described in {@code docs/directory.md}.
 *
 * <p>Every problem is an {@link IllegalArgumentException} whose message names the pack, the entry
 * and what to change, so an organiser can fix a pack from the start-up error alone.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class DirectoryPack {

    /** Class-path location of a shipped pack; format with the region code. */
    public static final String RESOURCE_PATTERN = "peerbot/directory/%s.yaml";

    /** The regions with a shipped pack. */
    public static final Set<String> REGIONS = Set.of("uk", "ie", "us", "ca", "au", "nz");

    /** The topic vocabulary; docs/directory.md says what each one means. */
    public static final Set<String> TOPICS = Set.of(
            "emergency", "urgent", "gp", "pharmacist", "crisis", "listening", "text_line", "mental_health",
            "diabetes", "cancer", "young_people", "suicide_prevention", "abuse", "low_mood", "bereavement", "benefits",
            "feeding", "carers", "eating_disorders", "complaints", "work");

    /**
     * The words a pack may set for how the bot names local services in its sentences ({@code {doctor}} in the
     * catalogue), so a non-UK pack never says "GP" or "NHS 111" unless it chooses to.
     */
    public static final Map<String, String> DEFAULT_TERMS = Map.of(
            "doctor", "your doctor", "doctor_cap", "Your doctor", "urgent_care", "an urgent care service",
            "pharmacy", "pharmacy");

    /** Contact kinds. {@code in_person} is a place to go rather than a number ("any pharmacy"). */
    static final Set<String> CONTACT_KINDS = Set.of("phone", "text", "web", "email", "in_person");

    /** A pack needs at least this many crisis lines open 24/7 for everyone it serves. */
    static final int MIN_ALWAYS_OPEN_CRISIS_LINES = 2;

    private static final Pattern REGION = Pattern.compile("[a-z]{2,3}");

    /** How to reach a service. */
    record Contact(String kind, String value, String keyword, String display) {
    }

    /**
     * One service.
     *
     * @param nations where it applies; empty means everywhere in the region
     */
    record Entry(String id, String name, List<String> topics, List<Contact> contacts, OpeningHours hours,
                 boolean crisis, Set<String> nations, URI source, LocalDate lastVerified, String verifiedAgainst) {

        boolean hasTopic(String topic) {
            return topics.contains(topic);
        }

        boolean isEmergency() {
            return topics.contains("emergency");
        }

        boolean nationwide() {
            return nations.isEmpty();
        }

        /** Applies for a member in this nation; a null nation (unknown) sees every entry. */
        boolean appliesTo(String nation) {
            return nation == null || nations.isEmpty() || nations.contains(nation);
        }

        /** A crisis line every crisis reply carries: crisis, topic crisis, open 24/7, not the emergency number. */
        boolean generalCrisisLine() {
            return crisis && hours.always() && hasTopic("crisis") && !isEmergency();
        }
    }

    private final String region;
    private final String name;
    private final ZoneId timeZone;
    private final Set<String> nations;
    private final List<Entry> entries;
    private final Map<String, String> terms;

    DirectoryPack(String region, String name, ZoneId timeZone, Set<String> nations, List<Entry> entries,
                  Map<String, String> terms) {
        this.terms = terms;
        this.region = region;
        this.name = name;
        this.timeZone = timeZone;
        this.nations = nations;
        this.entries = entries;
    }

    /**
     * Builds and validates a pack.
     *
     * @param region the region code the pack was loaded for ("uk"); the tree's own {@code region}, if
     *               present, must match
     * @param tree   the parsed pack
     * @throws IllegalArgumentException naming the pack, the entry and what to fix
     */
    public static DirectoryPack fromTree(String region, Map<String, Object> tree) {
        if (region == null || !REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("Directory pack region '" + region
                    + "' is not a region code; use two or three lower-case letters such as 'uk'");
        }
        return new PackReader(region).pack(tree);
    }

    /** The region code ("uk"). */
    public String region() {
        return region;
    }

    /** Display name of the region ("United Kingdom"). */
    public String name() {
        return name;
    }

    /** The nations this pack distinguishes (UK: england, scotland, wales, northern_ireland); often empty. */
    public Set<String> nations() {
        return nations;
    }

    /** How the bot names local services in sentences: {@link #DEFAULT_TERMS} overridden by the pack's {@code terms}. */
    public Map<String, String> terms() {
        return terms;
    }

    /** The ids of every entry, in pack order. */
    public List<String> entryIds() {
        return entries.stream().map(Entry::id).toList();
    }

    ZoneId timeZone() {
        return timeZone;
    }

    List<Entry> entries() {
        return entries;
    }

    /**
     * Crisis entries (including the emergency number) whose {@code last_verified} is more than
     * {@code maxAgeDays} days before {@code today}: one line each, naming the pack, the entry, its
     * date and its age, for a build failure or an operator warning. Empty when all are fresh.
     */
    public List<String> staleCrisisEntries(LocalDate today, int maxAgeDays) {
        Objects.requireNonNull(today, "today");
        if (maxAgeDays < 0) {
            throw new IllegalArgumentException("maxAgeDays must not be negative: " + maxAgeDays);
        }
        List<String> stale = new ArrayList<>();
        for (Entry e : entries) {
            long age = ChronoUnit.DAYS.between(e.lastVerified(), today);
            if (e.crisis() && age > maxAgeDays) {
                stale.add(region + "/" + e.id() + " (" + e.name() + "): last verified " + e.lastVerified() + ", "
                        + age + " days before " + today + "; the limit is " + maxAgeDays
                        + " days. Check it at " + e.source() + " and update last_verified.");
            }
        }
        return List.copyOf(stale);
    }

    @Override
    public String toString() {
        return "DirectoryPack[" + region + ", " + entries.size() + " entries]";
    }
}
