package org.peerbot.core.signpost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.port.Directory;
import org.peerbot.core.port.Directory.ServiceInfo;

class PackDirectoryTest {

    // 2026-11-22 is a Sunday; the UK is on GMT (UTC+0) in November.
    static final Instant SUNDAY_3AM_LONDON = Instant.parse("2026-11-22T03:00:00Z");
    static final Instant MONDAY_5AM_LONDON = Instant.parse("2026-11-23T05:00:00Z");
    static final Instant MONDAY_7AM_LONDON = Instant.parse("2026-11-23T07:00:00Z");
    static final Instant TUESDAY_10AM_LONDON = Instant.parse("2026-11-24T10:00:00Z");
    static final Instant TUESDAY_8PM_LONDON = Instant.parse("2026-11-24T20:00:00Z");

    static final DirectoryPack UK = Packs.load("uk");

    static PackDirectory uk(String nation) {
        return new PackDirectory(UK, nation);
    }

    static List<String> ids(List<ServiceInfo> services) {
        return services.stream().map(ServiceInfo::id).toList();
    }

    static ServiceInfo byId(List<ServiceInfo> services, String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " not in " + ids(services)));
    }

    @Test
    void ukSelfHarmLinesStartWith999ThenSamaritansAndShoutThenPapyrus() {
        List<ServiceInfo> lines = uk(null).crisisLines(CrisisKind.SELF_HARM, SUNDAY_3AM_LONDON);

        assertThat(ids(lines)).containsExactly("emergency", "samaritans", "shout", "papyrus");
        assertThat(lines).extracting(ServiceInfo::contact).containsExactly(
                "call 999", "call 116 123 or email jo@samaritans.org", "text SHOUT to 85258", "call 0800 068 4141");
        assertThat(lines).allSatisfy(s -> {
            assertThat(s.always()).isTrue();
            assertThat(s.openNow()).isTrue();
            assertThat(s.hours()).isEqualTo("any time");
        });
    }

    @Test
    void abuseAddsChildline() {
        List<ServiceInfo> lines = uk("england").crisisLines(CrisisKind.ABUSE, TUESDAY_10AM_LONDON);

        assertThat(ids(lines)).containsExactly("emergency", "samaritans", "shout", "childline");
        assertThat(byId(lines, "childline").contact()).isEqualTo("call 0800 1111");
        assertThat(byId(lines, "childline").name()).contains("under-19s");
    }

    @ParameterizedTest
    @EnumSource(CrisisKind.class)
    void everyKindInEveryPackAndNationGetsTheEmergencyNumberAndTwo24x7Lines(CrisisKind kind) {
        for (String region : DirectoryPack.REGIONS) {
            DirectoryPack pack = Packs.load(region);
            List<String> nations = new java.util.ArrayList<>(pack.nations());
            nations.add(null);
            for (String nation : nations) {
                for (Instant now : List.of(SUNDAY_3AM_LONDON, TUESDAY_10AM_LONDON, TUESDAY_8PM_LONDON)) {
                    List<ServiceInfo> lines = new PackDirectory(pack, nation).crisisLines(kind, now);
                    assertThat(lines.get(0).id()).isEqualTo("emergency");
                    assertThat(lines.stream().skip(1).filter(ServiceInfo::always).count())
                            .as("%s/%s %s", region, nation, kind).isGreaterThanOrEqualTo(2);
                    assertThat(lines).allMatch(ServiceInfo::openNow);
                    assertThat(ids(lines)).doesNotHaveDuplicates();
                }
            }
        }
    }

    @Test
    void northernIrelandGetsLifelineInACrisisOthersDoNot() {
        assertThat(ids(uk("northern_ireland").crisisLines(CrisisKind.SELF_HARM, SUNDAY_3AM_LONDON)))
                .containsExactly("emergency", "samaritans", "shout", "lifeline_ni", "papyrus");
        assertThat(ids(uk("scotland").crisisLines(CrisisKind.SELF_HARM, SUNDAY_3AM_LONDON))).doesNotContain("lifeline_ni");
        // Nation unknown: only numbers that work anywhere in the UK.
        assertThat(ids(uk(null).crisisLines(CrisisKind.SELF_HARM, SUNDAY_3AM_LONDON))).doesNotContain("lifeline_ni");
        assertThat(byId(uk("northern_ireland").crisisLines(CrisisKind.SELF_HARM, SUNDAY_3AM_LONDON), "lifeline_ni").contact())
                .isEqualTo("call 0808 808 8000");
    }

    @Test
    void aClosedServiceIsNeverTheOnlyOption_mindInfolineAt3amOnSunday() {
        List<ServiceInfo> services = uk("england").forTopics(List.of("mental_health"), SUNDAY_3AM_LONDON);

        ServiceInfo mind = byId(services, "mind_infoline");
        assertThat(mind.openNow()).isFalse();
        assertThat(mind.hours()).isEqualTo("Mon to Fri, 9am to 6pm");
        assertThat(services.get(0).openNow()).isTrue();
        assertThat(services).last().isEqualTo(mind);
    }

    @Test
    void whenEveryMatchingServiceIsClosedAListeningLineIsAdded() {
        DirectoryPack pack = DirectoryPack.fromTree("zz", Packs.parse(DirectoryPackTest.VALID));
        Directory directory = new PackDirectory(pack, null);

        List<ServiceInfo> services = directory.forTopics(List.of("mental_health"), SUNDAY_3AM_LONDON);

        assertThat(ids(services)).containsExactly("line_a", "info_line");
        assertThat(services.get(0).openNow()).isTrue();
        assertThat(services.get(1).openNow()).isFalse();
        // Open on a weekday: nothing is added.
        assertThat(ids(directory.forTopics(List.of("mental_health"), TUESDAY_10AM_LONDON))).containsExactly("info_line");
    }

    @Test
    void healthTopicsOutOfHoursFallBackToUrgentCare() {
        List<ServiceInfo> england = uk("england").forTopics(List.of("diabetes"), SUNDAY_3AM_LONDON);
        assertThat(ids(england)).containsExactly("nhs_111", "diabetes_uk");
        assertThat(england.get(0).contact()).isEqualTo("call 111 (press 2 for a mental health crisis) or visit 111.nhs.uk");

        assertThat(ids(uk("scotland").forTopics(List.of("gp"), SUNDAY_3AM_LONDON))).containsExactly("nhs_24", "gp");
        assertThat(ids(uk("wales").forTopics(List.of("pharmacist"), SUNDAY_3AM_LONDON))).containsExactly("nhs_111_wales", "pharmacist");
        assertThat(ids(uk("northern_ireland").forTopics(List.of("gp"), SUNDAY_3AM_LONDON))).containsExactly("gp_out_of_hours_ni", "gp");
    }

    @Test
    void northernIrelandHasNoNhs111AndUsesGpOutOfHours() {
        PackDirectory ni = uk("northern_ireland");
        List<String> everything = ids(ni.forTopics(DirectoryPack.TOPICS, TUESDAY_8PM_LONDON));
        assertThat(everything).doesNotContain("nhs_111", "nhs_111_wales", "nhs_24", "breathing_space", "mind_infoline")
                .contains("gp_out_of_hours_ni", "lifeline_ni", "samaritans");

        // Evening: the out-of-hours service is open.
        List<ServiceInfo> evening = ni.forTopics(List.of("urgent"), TUESDAY_8PM_LONDON);
        assertThat(ids(evening)).containsExactly("gp_out_of_hours_ni");
        assertThat(evening.get(0).openNow()).isTrue();
        assertThat(evening.get(0).hours()).isEqualTo("Mon to Thu, 6pm to 8am; Fri 6pm to Mon 8am (and on bank holidays)");

        // Weekday morning: out-of-hours is closed, so the GP surgery (open) comes first.
        List<ServiceInfo> morning = ni.forTopics(List.of("urgent"), TUESDAY_10AM_LONDON);
        assertThat(ids(morning)).containsExactly("gp", "gp_out_of_hours_ni");
        assertThat(morning.get(0).openNow()).isTrue();
    }

    @Test
    void scotlandGetsNhs24AndBreathingSpaceInTheEvening() {
        List<ServiceInfo> evening = uk("scotland").forTopics(List.of("urgent", "low_mood"), TUESDAY_8PM_LONDON);

        assertThat(ids(evening)).containsExactly("nhs_24", "samaritans", "breathing_space");
        assertThat(evening).allMatch(ServiceInfo::openNow);
        assertThat(byId(evening, "nhs_24").contact()).isEqualTo("call 111 or visit nhs24.scot");
        assertThat(byId(evening, "breathing_space").hours()).isEqualTo("Mon to Thu, 6pm to 2am; Fri 6pm to Mon 6am");

        List<ServiceInfo> morning = uk("scotland").forTopics(List.of("low_mood"), TUESDAY_10AM_LONDON);
        assertThat(ids(morning)).containsExactly("samaritans", "breathing_space");
        assertThat(byId(morning, "breathing_space").openNow()).isFalse();

        // The weekend stretch runs from Friday evening to Monday 6am.
        assertThat(byId(uk("scotland").forTopics(List.of("low_mood"), MONDAY_5AM_LONDON), "breathing_space").openNow()).isTrue();
        assertThat(byId(uk("scotland").forTopics(List.of("low_mood"), MONDAY_7AM_LONDON), "breathing_space").openNow()).isFalse();
    }

    @Test
    void eachNationGetsItsOwnUrgentCare() {
        assertThat(ids(uk("england").forTopics(List.of("urgent"), TUESDAY_10AM_LONDON))).containsExactly("nhs_111");
        assertThat(ids(uk("wales").forTopics(List.of("urgent"), TUESDAY_10AM_LONDON))).containsExactly("nhs_111_wales");
        assertThat(ids(uk("scotland").forTopics(List.of("urgent"), TUESDAY_10AM_LONDON))).containsExactly("nhs_24");
        assertThat(ids(uk("england").forTopics(List.of("low_mood"), TUESDAY_8PM_LONDON))).doesNotContain("breathing_space");
        // Nation unknown: every nation's entry, each named for its nation, so the member can choose.
        assertThat(uk(null).forTopics(List.of("urgent"), TUESDAY_8PM_LONDON)).extracting(ServiceInfo::name)
                .containsExactly("NHS 111 (England)", "NHS 111 Wales", "NHS 24 (Scotland)", "GP out-of-hours service (Northern Ireland)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            uk | call 999
            ie | call 112 or 999
            us | call 911
            ca | call 911
            au | call 000
            nz | call 111
            """)
    void eachRegionsEmergencyNumber(String region, String contact) {
        PackDirectory directory = new PackDirectory(Packs.load(region), null);

        assertThat(directory.region()).isEqualTo(region);
        assertThat(directory.emergency().contact()).isEqualTo(contact);
        assertThat(directory.emergency().always()).isTrue();
        assertThat(directory.emergency().openNow()).isTrue();
    }

    @Test
    void otherRegionsCarryTheirSafetyTableLines() {
        assertThat(new PackDirectory(Packs.load("us"), null).crisisLines(CrisisKind.SELF_HARM, SUNDAY_3AM_LONDON))
                .extracting(ServiceInfo::contact).contains("call or text 988", "text HOME to 741741");
        assertThat(new PackDirectory(Packs.load("ca"), null).crisisLines(CrisisKind.SELF_HARM, SUNDAY_3AM_LONDON))
                .extracting(ServiceInfo::contact).contains("call or text 988");
        assertThat(new PackDirectory(Packs.load("ie"), null).crisisLines(CrisisKind.SELF_HARM, SUNDAY_3AM_LONDON))
                .extracting(ServiceInfo::contact).contains("call 116 123 or email jo@samaritans.ie", "text HELLO to 50808");
        assertThat(new PackDirectory(Packs.load("au"), null).crisisLines(CrisisKind.SELF_HARM, SUNDAY_3AM_LONDON))
                .extracting(ServiceInfo::contact).contains("call 13 11 14");
        assertThat(new PackDirectory(Packs.load("nz"), null).crisisLines(CrisisKind.SELF_HARM, SUNDAY_3AM_LONDON))
                .extracting(ServiceInfo::contact).contains("call or text 1737");
    }

    @Test
    void openingHoursFollowTheServicesOwnTimeZone_auckland() {
        PackDirectory nz = new PackDirectory(Packs.load("nz"), null);
        // Sunday 19:30 UTC is Monday 08:30 in Auckland (NZDT, UTC+13): the GP is open.
        assertThat(byId(nz.forTopics(List.of("gp"), Instant.parse("2026-11-22T19:30:00Z")), "gp").openNow()).isTrue();
        // Friday 20:30 UTC is Saturday 09:30 in Auckland: closed, and Healthline is offered first.
        List<ServiceInfo> saturday = nz.forTopics(List.of("gp"), Instant.parse("2026-11-27T20:30:00Z"));
        assertThat(ids(saturday)).containsExactly("healthline", "gp");
        // In July Auckland is on NZST (UTC+12): 19:30 UTC is 07:30, closed; 20:30 UTC is 08:30, open.
        assertThat(byId(nz.forTopics(List.of("gp"), Instant.parse("2026-07-01T19:30:00Z")), "gp").openNow()).isFalse();
        assertThat(byId(nz.forTopics(List.of("gp"), Instant.parse("2026-07-01T20:30:00Z")), "gp").openNow()).isTrue();
    }

    @Test
    void noRegionNationTopicOrHourOfTheWeekGetsOnlyClosedServices() {
        Instant monday = Instant.parse("2026-11-23T00:00:00Z");
        int checked = 0;
        for (String region : DirectoryPack.REGIONS) {
            DirectoryPack pack = Packs.load(region);
            List<String> nations = new java.util.ArrayList<>(pack.nations());
            nations.add(null);
            for (String nation : nations) {
                PackDirectory directory = new PackDirectory(pack, nation);
                for (String topic : DirectoryPack.TOPICS) {
                    for (int quarter = 0; quarter < 7 * 24 * 4; quarter++) {
                        Instant now = monday.plusSeconds(quarter * 15L * 60);
                        List<ServiceInfo> services = directory.forTopics(List.of(topic), now);
                        assertThat(services).as("%s/%s %s at %s", region, nation, topic, now).isNotEmpty();
                        assertThat(services.get(0).openNow()).as("%s/%s %s at %s", region, nation, topic, now).isTrue();
                        checked++;
                    }
                }
            }
        }
        // uk: four nations plus unknown; five regions without nations: 10 views x 14 topics x 672 quarter-hours.
        assertThat(checked).isEqualTo(10 * DirectoryPack.TOPICS.size() * 7 * 24 * 4);
    }

    @Test
    void unknownTopicsAreSkippedAndStillGiveAnOpenLine() {
        List<ServiceInfo> services = uk("england").forTopics(List.of("no_such_topic"), SUNDAY_3AM_LONDON);
        assertThat(services).isNotEmpty().allMatch(ServiceInfo::openNow);
        assertThat(ids(uk("england").forTopics(List.of(), SUNDAY_3AM_LONDON))).contains("samaritans");
    }

    @Test
    void topicOrderIsKeptAndServicesAreNotRepeated() {
        List<ServiceInfo> services = uk("england").forTopics(List.of("cancer", "diabetes", "listening", "low_mood"), TUESDAY_10AM_LONDON);
        assertThat(ids(services)).containsExactly("macmillan", "diabetes_uk", "samaritans");
        assertThat(byId(services, "macmillan").hours()).isEqualTo("every day, 8am to 8pm");
    }

    @Test
    void theSameQuestionAlwaysGetsTheSameAnswer() {
        // Only region, nation, topic or kind and the time decide what is offered.
        for (String nation : new String[] {null, "england", "scotland", "wales", "northern_ireland"}) {
            assertThat(uk(nation).forTopics(List.of("urgent", "mental_health"), TUESDAY_8PM_LONDON))
                    .isEqualTo(uk(nation).forTopics(List.of("urgent", "mental_health"), TUESDAY_8PM_LONDON));
            assertThat(uk(nation).crisisLines(CrisisKind.ABUSE, TUESDAY_8PM_LONDON))
                    .isEqualTo(uk(nation).crisisLines(CrisisKind.ABUSE, TUESDAY_8PM_LONDON));
        }
    }

    @Test
    void anUnknownNationIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> uk("cornwall"))
                .withMessageContaining("no nation 'cornwall'")
                .withMessageContaining("northern_ireland");
        assertThatIllegalArgumentException().isThrownBy(() -> new PackDirectory(Packs.load("us"), "england"));
    }
}
