package org.peerbot.core.signpost;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a service answers, in its own time zone. Either open at all times, or a set of weekly
 * slots in local wall-clock time, so a slot keeps its local hours across daylight-saving changes.
 *
 * <p>Slot syntax (one string per slot):
 * <ul>
 *   <li>{@code <days> HH:MM-HH:MM}: on each of those days. {@code <days>} is {@code daily}, a day
 *       ({@code sat}), a range ({@code mon-fri}, may wrap: {@code fri-mon}) or a comma list of
 *       those ({@code mon,wed-thu}). An end at or before the start runs past midnight into the
 *       next day ({@code mon-thu 18:00-02:00}); {@code 24:00} is the end of the day.</li>
 *   <li>{@code <day> HH:MM-<day> HH:MM}: one stretch across days ({@code fri 18:00-mon 06:00}).</li>
 * </ul>
 * Bank holidays are not modelled: a service closed on a bank holiday shows as open.
 */
final class OpeningHours {

    private static final int DAY = 24 * 60;
    private static final int WEEK = 7 * DAY;
    private static final String[] DAY_IDS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    private static final String[] DAY_NAMES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final Pattern SPAN = Pattern.compile(
            "([a-z]{3})\\s+(\\d{1,2}:\\d{2})\\s*-\\s*([a-z]{3})\\s+(\\d{1,2}:\\d{2})");
    private static final Pattern DAYS_SLOT = Pattern.compile(
            "([a-z,\\-]+)\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");

    /** Minutes since Monday 00:00 local time; {@code end} may pass the end of the week. */
    private record Interval(int start, int end) {
        boolean contains(int minuteOfWeek) {
            return (start <= minuteOfWeek && minuteOfWeek < end)
                    || (start <= minuteOfWeek + WEEK && minuteOfWeek + WEEK < end);
        }
    }

    private final boolean always;
    private final ZoneId zone;
    private final List<Interval> intervals;
    private final String display;

    private OpeningHours(boolean always, ZoneId zone, List<Interval> intervals, String display) {
        this.always = always;
        this.zone = zone;
        this.intervals = List.copyOf(intervals);
        this.display = display;
    }

    static OpeningHours always(ZoneId zone, String note, String displayOverride) {
        return new OpeningHours(true, zone, List.of(), decorate(displayOverride != null ? displayOverride : "any time", note));
    }

    /**
     * Parses weekly slots.
     *
     * @throws IllegalArgumentException naming the slot and what is wrong with it (without pack context)
     */
    static OpeningHours weekly(ZoneId zone, List<String> slots, String note, String displayOverride) {
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("weekly has no slots; add one such as 'mon-fri 09:00-18:00'");
        }
        List<Interval> intervals = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (String raw : slots) {
            String slot = raw.trim().toLowerCase(Locale.ROOT);
            Matcher span = SPAN.matcher(slot);
            Matcher days = DAYS_SLOT.matcher(slot);
            if (span.matches()) {
                int fromDay = day(span.group(1), raw);
                int toDay = day(span.group(3), raw);
                int from = time(span.group(2), raw, false);
                int to = time(span.group(4), raw, true);
                int start = fromDay * DAY + from;
                int end = toDay * DAY + to;
                if (end <= start) {
                    end += WEEK;
                }
                intervals.add(new Interval(start, end));
                shown.add(DAY_NAMES[fromDay] + " " + clock(from) + " to " + DAY_NAMES[toDay] + " " + clock(to));
            } else if (days.matches()) {
                List<Integer> dayList = new ArrayList<>();
                String dayText = days(days.group(1), raw, dayList);
                int from = time(days.group(2), raw, false);
                int to = time(days.group(3), raw, true);
                if (from == to) {
                    throw new IllegalArgumentException("slot '" + raw + "' starts and ends at the same time;"
                            + " write 00:00-24:00 for a whole day");
                }
                int length = to > from ? to - from : to + DAY - from;
                for (int d : dayList) {
                    intervals.add(new Interval(d * DAY + from, d * DAY + from + length));
                }
                String times = from == 0 && to == DAY ? "all day" : clock(from) + " to " + clock(to);
                shown.add(dayText + ", " + times);
            } else {
                throw new IllegalArgumentException("slot '" + raw + "' is not understood; write it like"
                        + " 'mon-fri 09:00-18:00', 'daily 08:00-20:00' or 'fri 18:00-mon 06:00'");
            }
        }
        String display = displayOverride != null ? displayOverride : String.join("; ", shown);
        return new OpeningHours(false, zone, intervals, decorate(display, note));
    }

    boolean always() {
        return always;
    }

    ZoneId zone() {
        return zone;
    }

    /** Plain-English hours for display ("any time", "Mon to Fri, 9am to 6pm"). */
    String display() {
        return display;
    }

    boolean openAt(Instant when) {
        if (always) {
            return true;
        }
        ZonedDateTime local = when.atZone(zone);
        // DayOfWeek numbers Monday as 1; our week starts at Monday 00:00 = minute 0.
        int minuteOfWeek = (local.getDayOfWeek().getValue() - 1) * DAY + local.getHour() * 60 + local.getMinute();
        for (Interval interval : intervals) {
            if (interval.contains(minuteOfWeek)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "OpeningHours[" + display + ", " + zone + "]";
    }

    private static String decorate(String display, String note) {
        return note == null || note.isBlank() ? display : display + " (" + note.trim() + ")";
    }

    private static int day(String id, String slot) {
        for (int i = 0; i < DAY_IDS.length; i++) {
            if (DAY_IDS[i].equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("slot '" + slot + "' has an unknown day '" + id
                + "'; use mon, tue, wed, thu, fri, sat, sun or daily");
    }

    /** Fills {@code out} with day indexes and returns the days in plain English. */
    private static String days(String spec, String slot, List<Integer> out) {
        if (spec.equals("daily")) {
            for (int i = 0; i < 7; i++) {
                out.add(i);
            }
            return "every day";
        }
        List<String> shown = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] ends = part.split("-");
            if (ends.length == 1) {
                int d = day(ends[0], slot);
                out.add(d);
                shown.add(DAY_NAMES[d]);
            } else if (ends.length == 2) {
                int from = day(ends[0], slot);
                int to = day(ends[1], slot);
                for (int d = from; ; d = (d + 1) % 7) {
                    out.add(d);
                    if (d == to) {
                        break;
                    }
                }
                shown.add(DAY_NAMES[from] + " to " + DAY_NAMES[to]);
            } else {
                throw new IllegalArgumentException("slot '" + slot + "' has a bad day range '" + part + "'");
            }
        }
        if (out.size() != out.stream().distinct().count()) {
            throw new IllegalArgumentException("slot '" + slot + "' names a day twice");
        }
        return String.join(" and ", shown);
    }

    private static int time(String text, String slot, boolean end) {
        String[] hm = text.split(":");
        int h = Integer.parseInt(hm[0]);
        int m = Integer.parseInt(hm[1]);
        if (h == 24 && m == 0 && end) {
            return DAY;
        }
        if (h > 23 || m > 59) {
            throw new IllegalArgumentException("slot '" + slot + "' has a bad time '" + text
                    + "'; use 24-hour HH:MM (24:00 only as an end)");
        }
        return h * 60 + m;
    }

    /** 9am, 6:30pm, midday, midnight. */
    static String clock(int minuteOfDay) {
        int h = minuteOfDay / 60 % 24;
        int m = minuteOfDay % 60;
        if (m == 0 && h == 0) {
            return "midnight";
        }
        if (m == 0 && h == 12) {
            return "midday";
        }
        int h12 = h % 12 == 0 ? 12 : h % 12;
        String suffix = h < 12 ? "am" : "pm";
        return m == 0 ? h12 + suffix : h12 + ":" + String.format(Locale.ROOT, "%02d", m) + suffix;
    }
}
