package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;

/**
 * Session 27 (issue 16): the requests part 23 showed the rules alone reading as sharing once it became a development
 * set: a person asked for in the group's own words (one of the mentors, the mods, the peer team, a volunteer or a
 * member by name, a woman rather than a man, a buddy, "if not, can you get me one"); a service asked for by what it
 * gives (a free eye test, a wheelchair, free haircuts for people in hostels, a carers group on a Saturday, help with
 * forms or debts, a nurse found); and leaving said in the member's own way (a goodbye word closing the message, having
 * to go, leaving it there for now, "that's me for tonight", a battery about to die, off to bed). With the model these
 * were mostly read already; the rules alone give the reason code and hold when the model cannot load. Every message
 * is written for this test.
 */
class RequestKindsFourTest {
    private final Triage triage = TestRules.triage();

    private static void is(Category expected, String text) {
        TestRules.rulesRead(expected, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "is one of the mentors about tonight? could do with a chat",
            "anyone from the peer team free for a call",
            "are there any mods around",
            "can you put me through to one of your volunteers",
            "are you a person? if not can you get me one",
            "i want to talk to Priya from the monday group",
            "i'd rather speak to a man please, not a woman",
            "could i get a buddy, someone to text when it's bad",
            "would love a proper chat with one of you who's been there",
            "could one of the team ring me this week, i'm deaf in one ear and typing is slow",
            "could someone arrange for her to visit?"})
    void aPersonAskedForInTheGroupsWordsIsAPersonRequest(String text) {
        is(Category.HUMAN, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "where can i get a free eye test, i'm on universal credit",
            "how do i get a wheelchair through the nhs",
            "anywhere that does free haircuts for people in hostels",
            "any carers groups near Derby on a saturday",
            "who helps with pip forms when you can't read well",
            "could you find me a diabetes nurse in Leeds",
            "is there someone free who can help me go through my debts"})
    void aServiceAskedForByWhatItGivesIsAServiceRequest(String text) {
        is(Category.SERVICES, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ok that's all, thank you, goodbye",
            "right speak tomorrow x",
            "gotta go, bus is here",
            "i'll leave it there for now",
            "that's me for tonight",
            "battery's on 4%",
            "off to bed, long day"})
    void leavingInTheirOwnWayIsAGoodbye(String text) {
        is(Category.GOODBYE, text);
    }

    /** Their twins: a goodbye said of someone else, having to go somewhere, and strength wished for are none of these. */
    @ParameterizedTest
    @ValueSource(strings = {
            "my dad died before i could say goodbye",
            "i gotta go to the hospital tomorrow and i'm scared",
            "where can i find the strength to keep going with this",
            "we said goodbye to the dog today",
            "that's me done with the chemo for good!",
            "just knackered, that's all. long day at the clinic",
            "one of the ladies at the hospice told me a story about her wedding",
            "if i talk to anyone from group he sulks for days"})
    void theirEverydayTwinsAreNot(String text) {
        assertThat(triage.classifyRules(text).category()).as(text)
                .isNotIn(Category.HUMAN, Category.SERVICES, Category.GOODBYE);
    }
}
