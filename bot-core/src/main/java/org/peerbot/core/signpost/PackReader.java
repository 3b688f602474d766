package org.peerbot.core.signpost;

import static org.peerbot.core.signpost.DirectoryPack.CONTACT_KINDS;
import static org.peerbot.core.signpost.DirectoryPack.MIN_ALWAYS_OPEN_CRISIS_LINES;
import static org.peerbot.core.signpost.DirectoryPack.TOPICS;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.peerbot.core.signpost.DirectoryPack.Contact;
import org.peerbot.core.signpost.DirectoryPack.Entry;

/**
 * Reads and checks one directory pack from its parsed tree: every key, id, contact, opening hours and the
 * pack-wide rules (enough crisis lines open 24/7). Carries the pack and entry names so that each problem
 * names them. {@link DirectoryPack} holds the result; {@link PackDirectory} looks entries up in it.
 *
 * <p>Over 300 lines because the format has many fields and every check says what to change; the checks
 * run one after another and share nothing but the error message's prefix.
 */
final class PackReader {

    private static final Set<String> PACK_KEYS = Set.of("region", "name", "time_zone", "nations", "verified_against", "services",
            "terms");
    private static final Set<String> ENTRY_KEYS = Set.of("id", "name", "topics", "contacts", "hours", "crisis", "nations",
            "source", "last_verified", "verified_against", "notes");
    private static final Set<String> CONTACT_KEYS = Set.of("kind", "value", "keyword", "display");
    private static final Set<String> HOURS_KEYS = Set.of("always", "weekly", "time_zone", "note", "display");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_]*");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]*[0-9]");
    private static final Pattern SHORT_CODE = Pattern.compile("[0-9][0-9 ]*[0-9]");
    private static final Pattern KEYWORD = Pattern.compile("[A-Za-z0-9]+");

    private final String region;
    private String entry;

    PackReader(String region) {
        this.region = region;
    }

    /** The pack's {@code terms}, over the defaults; an unknown term or an empty one is named. */
    private Map<String, String> terms(Map<String, Object> tree) {
        Map<String, String> out = new java.util.HashMap<>(DirectoryPack.DEFAULT_TERMS);
        Object raw = tree.get("terms");
        if (raw == null) {
            return Map.copyOf(out);
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw fail("terms must be a map such as {doctor: your GP}");
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!DirectoryPack.DEFAULT_TERMS.containsKey(key)) {
                throw fail("term '" + key + "' is not known; use one of " + sorted(DirectoryPack.DEFAULT_TERMS.keySet()));
            }
            if (!(e.getValue() instanceof String value) || value.isBlank()) {
                throw fail("term '" + key + "' needs some words, such as 'your GP'");
            }
            out.put(key, value.strip());
        }
        return Map.copyOf(out);
    }

    private IllegalArgumentException fail(String problem) {
        String where = "Directory pack '" + region + "'" + (entry == null ? "" : ", entry '" + entry + "'");
        return new IllegalArgumentException(where + ": " + problem);
    }

    DirectoryPack pack(Map<?, ?> rawTree) {
        if (rawTree == null) {
            throw fail("the pack is empty; it needs region, time_zone and services");
        }
        Map<String, Object> tree = stringKeys(rawTree);
        knownKeys(tree, PACK_KEYS, "the pack");
        Object declared = tree.get("region");
        if (declared != null && !region.equals(String.valueOf(declared))) {
            throw fail("the file says region '" + declared + "' but was loaded as '" + region
                    + "'; make the file name and its region match");
        }
        String name = optionalText(tree, "name", region);
        ZoneId zone = zone(requiredText(tree, "time_zone", "the pack"), "the pack's time_zone");
        Set<String> nations = new LinkedHashSet<>();
        for (String n : textList(tree.get("nations"), "nations", false)) {
            if (!ID.matcher(n).matches()) {
                throw fail("nation '" + n + "' is not a lower-case id such as 'scotland'");
            }
            nations.add(n);
        }
        String packVerifiedAgainst = optionalText(tree, "verified_against", null);
        Object services = tree.get("services");
        if (!(services instanceof List<?> list) || list.isEmpty()) {
            throw fail("services is missing or empty; add a list of services");
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (Object item : list) {
            index++;
            entry = "#" + index;
            Entry e = entry(item, zone, nations, packVerifiedAgainst);
            entry = e.id();
            if (!ids.add(e.id())) {
                throw fail("the id '" + e.id() + "' is used twice; give each entry its own id");
            }
            entries.add(e);
        }
        entry = null;
        checkCoverage(entries, nations);
        return new DirectoryPack(region, name, zone, Set.copyOf(nations), List.copyOf(entries), terms(tree));
    }

    private Entry entry(Object item, ZoneId packZone, Set<String> packNations, String packVerifiedAgainst) {
        if (!(item instanceof Map<?, ?> raw)) {
            throw fail("is not a map of fields; each service is a map with id, name, topics, ...");
        }
        Map<String, Object> map = stringKeys(raw);
        Object idValue = map.get("id");
        if (idValue instanceof String s && !s.isBlank()) {
            entry = s;
        }
        String id = requiredText(map, "id", "each entry");
        if (!ID.matcher(id).matches()) {
            throw fail("the id '" + id + "' must be lower-case letters, digits and underscores");
        }
        knownKeys(map, ENTRY_KEYS, "an entry");
        String name = requiredText(map, "name", "each entry");

        List<String> topics = textList(map.get("topics"), "topics", true);
        for (String topic : topics) {
            if (!TOPICS.contains(topic)) {
                throw fail("topic '" + topic + "' is not known; use one of " + sorted(TOPICS));
            }
        }

        Object contactsValue = map.get("contacts");
        if (!(contactsValue instanceof List<?> contactList) || contactList.isEmpty()) {
            throw fail("contacts is missing or empty; add at least one, e.g. {kind: phone, value: \"116 123\"}");
        }
        List<Contact> contacts = new ArrayList<>();
        for (Object c : contactList) {
            contacts.add(contact(c));
        }

        OpeningHours hours = hours(map.get("hours"), packZone);

        Object crisisValue = map.get("crisis");
        if (!(crisisValue instanceof Boolean crisis)) {
            throw fail("crisis must be true or false (is this a crisis line?)");
        }
        if (topics.contains("emergency") && (!crisis || !hours.always())) {
            throw fail("an emergency entry must have crisis: true and hours always: true");
        }

        Set<String> nations = new LinkedHashSet<>(textList(map.get("nations"), "nations", false));
        for (String n : nations) {
            if (!packNations.contains(n)) {
                throw fail(packNations.isEmpty()
                        ? "nations are not used in this pack; remove nations: " + nations
                        : "nation '" + n + "' is not one of the pack's nations " + packNations);
            }
        }

        URI source = source(map.get("source"));
        LocalDate lastVerified = date(map.get("last_verified"));
        String verifiedAgainst = optionalText(map, "verified_against", packVerifiedAgainst);
        Entry e = new Entry(id, name, List.copyOf(topics), List.copyOf(contacts), hours, crisis,
                Set.copyOf(nations), source, lastVerified, verifiedAgainst);
        entry = null;
        return e;
    }

    private Contact contact(Object item) {
        if (!(item instanceof Map<?, ?> raw)) {
            throw fail("a contact is not a map; write it like {kind: phone, value: \"116 123\"}");
        }
        Map<String, Object> map = stringKeys(raw);
        knownKeys(map, CONTACT_KEYS, "a contact");
        String kind = requiredText(map, "kind", "each contact");
        if (!CONTACT_KINDS.contains(kind)) {
            throw fail("contact kind '" + kind + "' is not known; use one of " + sorted(CONTACT_KINDS));
        }
        Object rawValue = map.get("value");
        if (rawValue instanceof Number n) {
            throw fail("contact value " + n + " must be quoted text (write \"" + n
                    + "\") so YAML keeps every digit, including leading zeros");
        }
        String value = requiredText(map, "value", "each contact").trim();
        String keyword = optionalText(map, "keyword", null);
        String display = optionalText(map, "display", null);
        switch (kind) {
            case "phone" -> {
                if (!PHONE.matcher(value).matches()) {
                    throw fail("phone value '" + value + "' is not a phone number (digits, spaces, +, - and brackets)");
                }
            }
            case "text" -> {
                if (!SHORT_CODE.matcher(value).matches() && !PHONE.matcher(value).matches()) {
                    throw fail("text value '" + value + "' is not a number to text");
                }
                if (keyword != null && !KEYWORD.matcher(keyword).matches()) {
                    throw fail("text keyword '" + keyword + "' must be one word of letters or digits");
                }
            }
            case "web" -> {
                URI uri = uri(value);
                if (uri == null) {
                    throw fail("web value '" + value + "' is not an http(s) address");
                }
            }
            case "email" -> {
                if (!value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                    throw fail("email value '" + value + "' is not an email address");
                }
            }
            default -> {
                // in_person: the value is what to look for ("any pharmacy"), shown as it is.
            }
        }
        if (keyword != null && !kind.equals("text")) {
            throw fail("keyword is only for text contacts ('text SHOUT to 85258')");
        }
        return new Contact(kind, value, keyword, display);
    }

    private OpeningHours hours(Object value, ZoneId packZone) {
        if (!(value instanceof Map<?, ?> raw)) {
            throw fail("hours is missing; write hours: {always: true} or hours: {weekly: [\"mon-fri 09:00-18:00\"]}");
        }
        Map<String, Object> map = stringKeys(raw);
        knownKeys(map, HOURS_KEYS, "hours");
        ZoneId zone = map.containsKey("time_zone")
                ? zone(requiredText(map, "time_zone", "hours"), "hours time_zone")
                : packZone;
        String note = optionalText(map, "note", null);
        String display = optionalText(map, "display", null);
        Object always = map.get("always");
        Object weekly = map.get("weekly");
        if (always != null && !(always instanceof Boolean)) {
            throw fail("hours always must be true or false");
        }
        boolean isAlways = Boolean.TRUE.equals(always);
        if (isAlways && weekly != null) {
            throw fail("hours has both always: true and weekly slots; keep one");
        }
        if (isAlways) {
            return OpeningHours.always(zone, note, display);
        }
        if (weekly == null) {
            throw fail("hours needs always: true or weekly slots such as [\"mon-fri 09:00-18:00\"]");
        }
        try {
            return OpeningHours.weekly(zone, textList(weekly, "hours weekly", true), note, display);
        } catch (IllegalArgumentException e) {
            throw fail("hours " + e.getMessage());
        }
    }

    private URI source(Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            throw fail("source is missing; add the URL of the page that confirms this entry");
        }
        URI uri = uri(s.trim());
        if (uri == null) {
            throw fail("source '" + s + "' is not an http(s) URL");
        }
        return uri;
    }

    private LocalDate date(Object value) {
        if (value == null) {
            throw fail("last_verified is missing; add the date someone last checked this entry at its source (YYYY-MM-DD)");
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            // YAML parsers turn an unquoted 2026-11-22 into midnight UTC.
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(value).trim());
        } catch (DateTimeParseException e) {
            throw fail("last_verified '" + value + "' is not a date; write YYYY-MM-DD");
        }
    }

    private ZoneId zone(String id, String what) {
        try {
            return ZoneId.of(id.trim());
        } catch (DateTimeException e) {
            throw fail(what + " '" + id + "' is not a time zone; use an IANA id such as Europe/London");
        }
    }

    private void checkCoverage(List<Entry> entries, Set<String> nations) {
        // Nation unknown: crisis replies use nationwide lines only, so those alone must suffice.
        checkView(entries, null);
        for (String nation : nations) {
            checkView(entries, nation);
        }
    }

    private void checkView(List<Entry> entries, String nation) {
        String who = nation == null ? "everyone in the region" : "nation '" + nation + "'";
        boolean emergency = entries.stream()
                .anyMatch(e -> e.isEmergency() && (nation == null ? e.nationwide() : e.appliesTo(nation)));
        if (!emergency) {
            throw fail("there is no emergency entry for " + who
                    + "; add one with topics: [emergency], the emergency number, crisis: true and hours always: true");
        }
        List<String> lines = entries.stream()
                .filter(Entry::generalCrisisLine)
                .filter(e -> nation == null ? e.nationwide() : e.appliesTo(nation))
                .map(Entry::id)
                .toList();
        if (lines.size() < MIN_ALWAYS_OPEN_CRISIS_LINES) {
            throw fail("only " + lines.size() + " crisis line(s) open 24/7 for " + who + " " + lines
                    + "; at least " + MIN_ALWAYS_OPEN_CRISIS_LINES + " are needed. Mark lines with crisis: true,"
                    + " topics including crisis and hours always: true");
        }
    }

    private void knownKeys(Map<String, Object> map, Set<String> known, String what) {
        for (String key : map.keySet()) {
            if (!known.contains(key)) {
                throw fail("'" + key + "' is not a field of " + what + "; known fields are " + sorted(known));
            }
        }
    }

    private String requiredText(Map<String, Object> map, String key, String what) {
        Object value = map.get(key);
        if (!(value instanceof String s) || s.isBlank()) {
            throw fail(key + " is missing; " + what + " needs " + key);
        }
        return s.trim();
    }

    private String optionalText(Map<String, Object> map, String key, String fallback) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof String s)) {
            throw fail(key + " must be text");
        }
        return s.isBlank() ? fallback : s.trim();
    }

    private List<String> textList(Object value, String key, boolean required) {
        if (value == null) {
            if (required) {
                throw fail(key + " is missing; add a list");
            }
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw fail(key + " must be a list, e.g. [a, b]");
        }
        if (required && list.isEmpty()) {
            throw fail(key + " is empty; add at least one");
        }
        List<String> out = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String s) || s.isBlank()) {
                throw fail(key + " may hold only text, found '" + item + "'");
            }
            out.add(s.trim());
        }
        return out;
    }

    private Map<String, Object> stringKeys(Map<?, ?> raw) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<?, ?> e : raw.entrySet()) {
            out.put(String.valueOf(e.getKey()), e.getValue());
        }
        return out;
    }

    private static URI uri(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }
}
