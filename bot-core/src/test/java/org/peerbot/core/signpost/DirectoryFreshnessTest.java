package org.peerbot.core.signpost;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build fails when a crisis entry has not been verified for too long.
 *
 * <p>{@code -Dpeerbot.directory.max-age-days=N} sets the limit (default 180) and
 * {@code -Dpeerbot.directory.today=YYYY-MM-DD} the day to measure from (default today), e.g. to
 * see which entries will go stale before an event.
 */
class DirectoryFreshnessTest {

    static final String MAX_AGE_PROPERTY = "peerbot.directory.max-age-days";
    static final String TODAY_PROPERTY = "peerbot.directory.today";
    static final int DEFAULT_MAX_AGE_DAYS = 180;

    @Test
    void everyShippedCrisisEntryWasVerifiedRecently() {
        int maxAgeDays = Integer.parseInt(System.getProperty(MAX_AGE_PROPERTY, String.valueOf(DEFAULT_MAX_AGE_DAYS)).trim());
        String todayText = System.getProperty(TODAY_PROPERTY, "").trim();
        LocalDate today = todayText.isEmpty() ? LocalDate.now() : LocalDate.parse(todayText);

        List<String> stale = new ArrayList<>();
        for (String region : DirectoryPack.REGIONS.stream().sorted().toList()) {
            stale.addAll(Packs.load(region).staleCrisisEntries(today, maxAgeDays));
        }

        assertThat(stale)
                .as("Crisis entries not verified within %d days of %s. Check each at its source, then update"
                        + " last_verified (docs/directory.md, 'Freshness'):%n  %s",
                        maxAgeDays, today, String.join(System.lineSeparator() + "  ", stale))
                .isEmpty();
    }

    @Test
    void theCheckNamesAStaleCrisisEntryAndIgnoresOtherEntries() {
        DirectoryPack pack = DirectoryPack.fromTree("zz", Packs.parse("""
                region: zz
                time_zone: Europe/London
                services:
                  - {id: emergency, name: Emergency, topics: [emergency], contacts: [{kind: phone, value: "999"}],
                     hours: {always: true}, crisis: true, source: "https://example.org/", last_verified: 2026-11-01}
                  - {id: old_line, name: Old Line, topics: [crisis], contacts: [{kind: phone, value: "0800 000 0001"}],
                     hours: {always: true}, crisis: true, source: "https://example.org/old", last_verified: 2026-01-01}
                  - {id: fresh_line, name: Fresh Line, topics: [crisis], contacts: [{kind: phone, value: "0800 000 0002"}],
                     hours: {always: true}, crisis: true, source: "https://example.org/", last_verified: "2026-11-01"}
                  - {id: old_info, name: Old Info, topics: [diabetes], contacts: [{kind: phone, value: "0800 000 0003"}],
                     hours: {always: true}, crisis: false, source: "https://example.org/", last_verified: 2020-01-01}
                """));

        List<String> stale = pack.staleCrisisEntries(LocalDate.of(2026, 11, 22), 180);

        assertThat(stale).singleElement().asString()
                .contains("zz/old_line", "Old Line", "2026-01-01", "325 days", "180", "https://example.org/old");
        assertThat(pack.staleCrisisEntries(LocalDate.of(2026, 11, 22), 400)).isEmpty();
        // The boundary: exactly maxAgeDays old is still fresh.
        assertThat(pack.staleCrisisEntries(LocalDate.of(2026, 11, 22), 325)).isEmpty();
        assertThat(pack.staleCrisisEntries(LocalDate.of(2026, 11, 22), 324)).hasSize(1);
    }

    @Test
    void shippedPacksGoStaleWhenTheLimitPasses() {
        // Guards the test above against a build that would never fail: far enough ahead, every pack is stale.
        for (String region : DirectoryPack.REGIONS) {
            DirectoryPack pack = Packs.load(region);
            assertThat(pack.staleCrisisEntries(LocalDate.of(2030, 1, 1), 180))
                    .as(region).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).startsWith(region + "/"));
        }
    }
}
