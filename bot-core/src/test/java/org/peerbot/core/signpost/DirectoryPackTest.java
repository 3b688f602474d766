package org.peerbot.core.signpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DirectoryPackTest {

    /** A small valid pack; each validation test breaks one thing in it. */
    static final String VALID = """
            region: zz
            time_zone: Europe/London
            services:
              - id: emergency
                name: Emergency
                topics: [emergency]
                contacts: [{kind: phone, value: "999"}]
                hours: {always: true}
                crisis: true
                source: https://example.org/
                last_verified: 2026-11-01
              - id: line_a
                name: Line A
                topics: [crisis, listening]
                contacts: [{kind: phone, value: "0800 000 0001"}]
                hours: {always: true}
                crisis: true
                source: https://example.org/a
                last_verified: 2026-11-01
              - id: line_b
                name: Line B
                topics: [crisis, text_line]
                contacts: [{kind: text, value: "80000", keyword: TALK}]
                hours: {always: true}
                crisis: true
                source: https://example.org/b
                last_verified: 2026-11-01
              - id: info_line
                name: Info Line
                topics: [mental_health]
                contacts: [{kind: phone, value: "0300 000 0000"}]
                hours: {weekly: ["mon-fri 09:00-18:00"]}
                crisis: false
                source: https://example.org/c
                last_verified: 2026-11-01
            """;

    static List<String> regions() {
        return DirectoryPack.REGIONS.stream().sorted().toList();
    }

    @ParameterizedTest
    @MethodSource("regions")
    void everyShippedPackLoadsAndValidates(String region) {
        DirectoryPack pack = Packs.load(region);

        assertThat(pack.region()).isEqualTo(region);
        assertThat(pack.entryIds()).contains("emergency").doesNotHaveDuplicates();
        assertThat(pack.entries()).allSatisfy(e -> {
            assertThat(e.source().getScheme()).isEqualTo("https");
            // The dates the entries were written down, not confirmed at the source (docs/directory.md).
            assertThat(e.lastVerified()).isIn(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 12, 4),
                    LocalDate.of(2026, 12, 7));
            assertThat(e.verifiedAgainst()).as(e.id()).contains("verify");
        });
        assertThat(pack.entries().stream().filter(DirectoryPack.Entry::generalCrisisLine).count())
                .isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("regions")
    void everyShippedPackCoversTheHealthTopics(String region) {
        DirectoryPack pack = Packs.load(region);
        for (String topic : List.of("emergency", "urgent", "gp", "pharmacist", "crisis", "suicide_prevention", "abuse")) {
            assertThat(pack.entries()).as(region + " " + topic).anyMatch(e -> e.hasTopic(topic));
        }
    }

    @Test
    void theValidSampleLoads() {
        DirectoryPack pack = DirectoryPack.fromTree("zz", Packs.parse(VALID));

        assertThat(pack.entryIds()).containsExactly("emergency", "line_a", "line_b", "info_line");
        assertThat(pack.staleCrisisEntries(LocalDate.of(2026, 11, 22), 180)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            unknown topic         | topics: [crisis, listening]       | topics: [crisis, lisening]      | entry 'line_a': topic 'lisening' is not known
            missing source        | source: https://example.org/a     | notes: no source                | entry 'line_a': source is missing
            source not a URL      | source: https://example.org/a     | source: example dot org         | entry 'line_a': source 'example dot org' is not an http(s) URL
            missing last_verified | last_verified: 2026-11-01\\n  - id: line_b | notes: x\\n  - id: line_b | entry 'line_a': last_verified is missing
            bad date              | source: https://example.org/a\\n    last_verified: 2026-11-01 | source: https://example.org/a\\n    last_verified: 22/11/2026 | entry 'line_a': last_verified '22/11/2026' is not a date
            unknown day           | mon-fri 09:00-18:00               | mon-fry 09:00-18:00             | entry 'info_line': hours slot 'mon-fry 09:00-18:00' has an unknown day 'fry'
            bad slot              | mon-fri 09:00-18:00               | mon-fri 9-6                     | entry 'info_line': hours slot 'mon-fri 9-6' is not understood
            bad time              | mon-fri 09:00-18:00               | mon-fri 09:00-25:00             | entry 'info_line': hours slot 'mon-fri 09:00-25:00' has a bad time '25:00'
            no hours              | hours: {weekly: ["mon-fri 09:00-18:00"]} | notes: none              | entry 'info_line': hours is missing
            always and weekly     | hours: {weekly: ["mon-fri 09:00-18:00"]} | hours: {always: true, weekly: ["mon 09:00-10:00"]} | entry 'info_line': hours has both always: true and weekly slots
            bad pack time zone    | time_zone: Europe/London          | time_zone: Europe/Londn         | Directory pack 'zz': the pack's time_zone 'Europe/Londn' is not a time zone
            bad entry time zone   | hours: {weekly: ["mon-fri 09:00-18:00"]} | hours: {weekly: ["mon-fri 09:00-18:00"], time_zone: Mars/Base} | entry 'info_line': hours time_zone 'Mars/Base' is not a time zone
            one crisis line       | topics: [crisis, text_line]       | topics: [text_line]             | only 1 crisis line(s) open 24/7 for everyone in the region [line_a]
            crisis line not 24/7  | hours: {always: true}\\n    crisis: true\\n    source: https://example.org/b | hours: {weekly: ["daily 08:00-20:00"]}\\n    crisis: true\\n    source: https://example.org/b | only 1 crisis line(s) open 24/7
            no emergency entry    | topics: [emergency]               | topics: [crisis]                | there is no emergency entry for everyone in the region
            emergency not crisis  | hours: {always: true}\\n    crisis: true\\n    source: https://example.org/\\n | hours: {always: true}\\n    crisis: false\\n    source: https://example.org/\\n | entry 'emergency': an emergency entry must have crisis: true
            unquoted number       | value: "999"                      | value: 999                      | entry 'emergency': contact value 999 must be quoted text
            unknown contact kind  | {kind: phone, value: "999"}       | {kind: fax, value: "999"}       | entry 'emergency': contact kind 'fax' is not known
            bad phone             | value: "0800 000 0001"            | value: "call us"                | entry 'line_a': phone value 'call us' is not a phone number
            typo in a field name  | last_verified: 2026-11-01\\n  - id: line_b | last_verifed: 2026-11-01\\n  - id: line_b | entry 'line_a': 'last_verifed' is not a field of an entry
            duplicate id          | id: line_b                        | id: line_a                      | entry 'line_a': the id 'line_a' is used twice
            crisis not boolean    | crisis: false                     | crisis: maybe                   | entry 'info_line': crisis must be true or false
            nations unused        | crisis: false                     | crisis: false\\n    nations: [scotland] | entry 'info_line': nations are not used in this pack
            region mismatch       | region: zz                        | region: uk                      | the file says region 'uk' but was loaded as 'zz'
            """)
    void brokenPacksAreRejectedWithAMessageSayingWhereAndWhatToFix(String what, String from, String to, String message) {
        String broken = VALID.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertThat(broken).as("the test's replacement must apply").isNotEqualTo(VALID);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> DirectoryPack.fromTree("zz", Packs.parse(broken)))
                .withMessageStartingWith("Directory pack 'zz'")
                .withMessageContaining(message);
    }

    @Test
    void everyNationNeedsTwoCrisisLinesAndNationSpecificOnesDoNotCountForEveryone() {
        String yaml = VALID.replace("time_zone: Europe/London", "time_zone: Europe/London\nnations: [north, south]")
                .replace("topics: [crisis, text_line]", "topics: [crisis, text_line]\n    nations: [north]");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> DirectoryPack.fromTree("zz", Packs.parse(yaml)))
                .withMessageContaining("only 1 crisis line(s) open 24/7 for everyone in the region [line_a]");
    }

    @Test
    void aNationNotInThePackIsRejected() {
        String yaml = VALID.replace("time_zone: Europe/London", "time_zone: Europe/London\nnations: [north, south]")
                .replace("crisis: false", "crisis: false\n    nations: [east]");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> DirectoryPack.fromTree("zz", Packs.parse(yaml)))
                .withMessageContaining("entry 'info_line': nation 'east' is not one of the pack's nations [north, south]");
    }

    @Test
    void emptyOrMissingPartsAreNamed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DirectoryPack.fromTree("zz", null))
                .withMessageContaining("the pack is empty");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DirectoryPack.fromTree("zz", Map.of("time_zone", "UTC")))
                .withMessageContaining("services is missing or empty");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DirectoryPack.fromTree("Not A Region", Packs.parse(VALID)))
                .withMessageContaining("is not a region code");
    }

    @Test
    void theUkPackKnowsItsNations() {
        assertThat(Packs.load("uk").nations()).containsExactlyInAnyOrder("england", "scotland", "wales", "northern_ireland");
        assertThat(Packs.load("us").nations()).isEmpty();
    }

    @Test
    void theResourcePatternPointsAtTheShippedPacks() {
        for (String region : DirectoryPack.REGIONS) {
            assertThat(getClass().getClassLoader().getResource(String.format(DirectoryPack.RESOURCE_PATTERN, region)))
                    .as(region).isNotNull();
        }
    }
}
