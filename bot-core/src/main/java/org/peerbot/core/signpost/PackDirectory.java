package org.peerbot.core.signpost;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.port.Directory;
import org.peerbot.core.signpost.DirectoryPack.Contact;
import org.peerbot.core.signpost.DirectoryPack.Entry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Directory} port over one validated {@link DirectoryPack}, for a member in one nation of
 * the region (or an unknown nation). What it offers is a pure function of the pack, the nation,
 * the topics or crisis kind asked for and the time: nothing about the member.
 *
 * <p>Nation: when it is null (unknown), {@link #forTopics} shows every nation's entries, each named
 * for its nation, so the member can pick; {@link #crisisLines} and {@link #emergency} use only
 * nationwide entries, so every number in a crisis reply works wherever the member is.
 *
 * <p>Immutable and thread-safe.
 */
public final class PackDirectory implements Directory {

    private static final Logger log = LoggerFactory.getLogger(PackDirectory.class);

    /** Topics a clinician or health service answers; when all are closed, urgent care is offered first. */
    private static final Set<String> HEALTH_TOPICS = Set.of("urgent", "gp", "pharmacist", "diabetes", "cancer");

    private final DirectoryPack pack;
    private final String nation;
    private final Entry emergency;

    /**
     * @param pack   a validated pack
     * @param nation one of {@link DirectoryPack#nations()}, or null when unknown or the region has none
     * @throws IllegalArgumentException when the nation is not one of the pack's
     */
    @Override
    public java.util.Map<String, String> terms() {
        return pack.terms();
    }

    public PackDirectory(DirectoryPack pack, String nation) {
        this.pack = Objects.requireNonNull(pack, "pack");
        if (nation != null && !pack.nations().contains(nation)) {
            throw new IllegalArgumentException("Directory pack '" + pack.region() + "' has no nation '" + nation
                    + "'; use one of " + pack.nations().stream().sorted().toList() + " or leave it unset");
        }
        this.nation = nation;
        // The pack guarantees an always-open emergency entry for every view.
        this.emergency = pack.entries().stream()
                .filter(Entry::isEmergency)
                .filter(this::inCrisisView)
                .findFirst()
                .orElseThrow();
    }

    /** The nation this directory answers for, or null. */
    public String nation() {
        return nation;
    }

    @Override
    public String region() {
        return pack.region();
    }

    @Override
    public ServiceInfo emergency() {
        return info(emergency, true);
    }

    /**
     * The emergency number first, then every nationwide (or this nation's) crisis line open 24/7
     * in pack order, then open crisis lines for the kind: {@code suicide_prevention} lines for
     * self-harm, {@code abuse} lines for abuse. At least two 24/7 lines besides the emergency number
     * are always present (the pack is checked for this when loaded).
     */
    @Override
    public List<ServiceInfo> crisisLines(CrisisKind kind, Instant now) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(now, "now");
        Map<String, Entry> chosen = new LinkedHashMap<>();
        chosen.put(emergency.id(), emergency);
        for (Entry e : pack.entries()) {
            if (inCrisisView(e) && e.generalCrisisLine()) {
                chosen.putIfAbsent(e.id(), e);
            }
        }
        String kindTopic = switch (kind) {
            case SELF_HARM -> "suicide_prevention";
            case ABUSE -> "abuse";
            case MEDICAL_EMERGENCY, HARM_TO_OTHERS -> null;
        };
        if (kindTopic != null) {
            for (Entry e : pack.entries()) {
                if (inCrisisView(e) && e.crisis() && !e.isEmergency() && e.hasTopic(kindTopic) && e.hours().openAt(now)) {
                    chosen.putIfAbsent(e.id(), e);
                }
            }
        }
        return chosen.values().stream().map(e -> info(e, e.hours().openAt(now))).toList();
    }

    /**
     * Entries for the topics in the order asked, then pack order; open ones before closed ones.
     * When none is open now, open services are added: for health topics urgent care, then the GP,
     * then listening lines, then crisis lines (the first of those that has an open service), so a
     * closed service is never the only one offered. Unknown topics are skipped with a warning.
     */
    @Override
    public List<ServiceInfo> forTopics(Collection<String> topics, Instant now) {
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(now, "now");
        Map<String, Entry> chosen = new LinkedHashMap<>();
        boolean health = false;
        for (String topic : new LinkedHashSet<>(topics)) {
            if (!DirectoryPack.TOPICS.contains(topic)) {
                log.warn("Directory {}: unknown topic '{}' skipped; known topics are {}", pack.region(), topic,
                        DirectoryPack.TOPICS.stream().sorted().toList());
                continue;
            }
            health |= HEALTH_TOPICS.contains(topic);
            for (Entry e : pack.entries()) {
                if (e.hasTopic(topic) && e.appliesTo(nation)) {
                    chosen.putIfAbsent(e.id(), e);
                }
            }
        }
        boolean anyOpen = chosen.values().stream().anyMatch(e -> e.hours().openAt(now));
        if (!anyOpen) {
            List<String> fallbacks = health
                    ? List.of("urgent", "gp", "listening", "crisis")
                    : List.of("listening", "crisis");
            for (String topic : fallbacks) {
                List<Entry> open = pack.entries().stream()
                        .filter(e -> e.hasTopic(topic) && e.appliesTo(nation) && !e.isEmergency())
                        .filter(e -> e.hours().openAt(now))
                        .toList();
                if (!open.isEmpty()) {
                    open.forEach(e -> chosen.putIfAbsent(e.id(), e));
                    break;
                }
            }
        }
        List<ServiceInfo> openFirst = new ArrayList<>();
        List<ServiceInfo> closed = new ArrayList<>();
        for (Entry e : chosen.values()) {
            ServiceInfo info = info(e, e.hours().openAt(now));
            (info.openNow() ? openFirst : closed).add(info);
        }
        openFirst.addAll(closed);
        return List.copyOf(openFirst);
    }

    @Override
    public String toString() {
        return "PackDirectory[" + pack.region() + (nation == null ? "" : "/" + nation) + "]";
    }

    private boolean inCrisisView(Entry e) {
        return nation == null ? e.nationwide() : e.appliesTo(nation);
    }

    private static ServiceInfo info(Entry e, boolean openNow) {
        return new ServiceInfo(e.id(), e.name(), contactText(e.contacts()), e.hours().display(), e.hours().always(), openNow);
    }

    /**
     * One display string for all of an entry's contacts: "call 116 123 or email jo@samaritans.org",
     * "call or text 988", "call 112 or 999", "text SHOUT to 85258". An explicit display wins.
     */
    static String contactText(List<Contact> contacts) {
        List<String> parts = new ArrayList<>();
        List<String> calls = new ArrayList<>();
        List<String> callOrText = new ArrayList<>();
        Set<String> plainTexts = new LinkedHashSet<>();
        for (Contact c : contacts) {
            if (c.kind().equals("text") && c.keyword() == null && c.display() == null) {
                plainTexts.add(c.value());
            }
        }
        for (Contact c : contacts) {
            if (c.kind().equals("phone") && c.display() == null) {
                if (plainTexts.remove(c.value())) {
                    callOrText.add(c.value());
                } else {
                    calls.add(c.value());
                }
            }
        }
        if (!callOrText.isEmpty()) {
            parts.add("call or text " + String.join(" or ", callOrText));
        }
        if (!calls.isEmpty()) {
            parts.add("call " + String.join(" or ", calls));
        }
        for (Contact c : contacts) {
            if (c.display() != null) {
                parts.add(c.display());
                continue;
            }
            switch (c.kind()) {
                case "text" -> {
                    if (c.keyword() != null) {
                        parts.add("text " + c.keyword() + " to " + c.value());
                    } else if (plainTexts.contains(c.value())) {
                        parts.add("text " + c.value());
                    }
                }
                case "web" -> parts.add("visit " + c.value().replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", ""));
                case "email" -> parts.add("email " + c.value());
                case "in_person" -> parts.add(c.value());
                default -> {
                    // phones are already in the call parts
                }
            }
        }
        return String.join(" or ", parts);
    }
}
