package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kinds the lead read misheard in the console and the blind-5 transcripts (session 9): what the member adds after a
 * loss or good news, a leaving said as what they are off to do, a home lost to a fire, a flood or a burglary, and a
 * first treatment gone through. Each kind has a case that changed and a near one that must
 * not. The real triage, engine and catalogue.
 */
class ListeningFollowUpsTest {

    private final ListeningChats chats = new ListeningChats();

    @ParameterizedTest
    @ValueSource(strings = {"yeah. he was my best mate", "she was my best friend, always", "he was the best dad"})
    void whoTheyLostDescribedIsTheBondNotATopic(String then) {
        String reply = chats.after("my dad died on sunday", then);
        assertThat(reply).containsAnyOf("close", "meant so much", "special bond").doesNotContain("hearing a lot");
    }

    @ParameterizedTest
    @ValueSource(strings = {"he's the first in our family to go", "she's the first one in our family to get a degree"})
    void goodNewsAddedToIsStillGoodNews(String then) {
        String reply = chats.after("my son got into university!", then);
        assertThat(reply).containsAnyOf("glad", "pleased", "lovely", "brilliant", "great")
                .doesNotContain("so this is about");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anyway off to tell my mum, ta", "right, off to ring my sister x",
            "off to celebrate!! bye"})
    void offToTellSomeoneIsAGoodbye(String then) {
        String reply = chats.after("I got the all clear from my scan!", then);
        assertThat(reply).containsAnyOf("bye", "take care", "come back", "look after yourself", "whenever you")
                .doesNotEndWith("?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"off to tell the consultant I want to stop the trial next week, what do you think?"})
    void aPlanToTellSomeoneThatAsksIsNotAGoodbye(String then) {
        String reply = chats.after("had a rough week with the side effects", then);
        assertThat(reply).doesNotContain("bye for now");
    }

    @ParameterizedTest
    @ValueSource(strings = {"the flat caught fire on friday, we're all safe but everything we had is gone",
            "we got burgled last night while we were at the hospital",
            "house flooded, we've lost everything downstairs"})
    void aHomeLostIsMetWithSorryNotWithTheCrisisLines(String message) {
        String reply = chats.say(chats.fresh(), message);
        assertThat(reply).contains("sorry").doesNotContain("999").doesNotContain("samaritans");
    }

    @ParameterizedTest
    @ValueSource(strings = {"had my first chemo today", "first dialysis session done, 4 hours of it",
            "got through my first radiotherapy this morning"})
    void aFirstTreatmentGoneThroughIsAStep(String message) {
        String reply = chats.say(chats.fresh(), message);
        assertThat(reply).containsAnyOf("step", "courage", "counts", "you did").doesNotContain("on your mind");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my first chemo is on monday and im terrified", "first dialysis session next week"})
    void aFirstTreatmentStillAheadIsNotPraisedAsDone(String message) {
        String reply = chats.say(chats.fresh(), message);
        assertThat(reply).doesNotContain("you did").doesNotContain("it counts");
    }
}
