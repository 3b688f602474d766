package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 34: kinds the twenty-seventh blind suite showed misheard. "told him about the meds and he was dead sound about
 * it" got "I'm really sorry. Losing someone is so hard"; "I was there the first time she had a fit on the kitchen floor
 * and I can't unsee it" got "call 999 now"; "is anyone watching bake off??" and "who do you reckon'll win? I'm backing
 * the nurse" got the clinical boundary; who to complain to and advice on rights at work got the clinical boundary or a
 * volunteer; "right, back to my crossword. ta ra", "off to put the tea on", "we'll call it a night" were not heard as
 * goodbyes. Each sentence is written here in its own words. ({@link ListeningChats} replies are lower-cased.)
 */
class SessionThirtyFourKindsTest {
    private final ListeningChats chats = new ListeningChats();

    @ParameterizedTest
    @ValueSource(strings = {"told my boss about the diagnosis and she was dead nice about it",
            "my brother was dead supportive when i told him"})
    void deadMeaningVeryIsNoDeath(String text) {
        assertThat(chats.after("hi", text)).doesNotContain("sorry for your loss").doesNotContain("losing someone");
    }

    @Test
    void aFirstGrandchildIsCelebrated() {
        assertThat(chats.after("hi", "our son and his wife had a little girl last night. first grandchild!"))
                .containsAnyOf("congrat", "lovely", "wonderful", "brilliant").doesNotContain("sorry");
    }

    @Test
    void lostAsIfOfSomeoneStillHereIsNoDeathButLostAsIfOfTheDeadStillIs() {
        assertThat(chats.after("my daughter won't talk to me since her diagnosis", "it's like i've lost her"))
                .doesNotContain("losing someone").doesNotContain("sorry for your loss");
        assertThat(chats.after("hi", "it feels like i lost my mum all over again today")).contains("sorry");
    }

    @Test
    void aFirstFitRememberedIsNoEmergency() {
        assertThat(chats.after("my grandson has epilepsy",
                "i was there the first time he had a seizure on the bathroom floor and i still can't unsee it"))
                .doesNotContain("999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dialysis went on forever today, anyway enough of that. anyone watching strictly??",
            "who do you reckon will win? i'm backing the doctor from Bristol"})
    void aQuestionAboutTheTellyIsNoClinicalQuestion(String text) {
        assertThat(chats.after("hi", text)).doesNotContain("not a clinician").doesNotContain("medical advice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"is there anyone at the hospital i can complain to about how mum was treated?",
            "where can i get advice about my rights at work before i tell my manager?"})
    void aComplaintOrRightsAtWorkIsAServiceRequest(String text) {
        String reply = chats.after("hi", text);
        assertThat(reply).doesNotContain("not a clinician").doesNotContain("volunteer is on duty")
                .containsAnyOf("places that", "these might help", "can help with").containsAnyOf("pals", "acas");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ha yes. right, back to my crossword. ta ra", "aye well, off to put the tea on. cheers",
            "right, she's worn out so we'll call it a night"})
    void leavingToTheirNextThingIsAGoodbye(String text) {
        String reply = chats.after("the waiting list is doing my head in", text);
        assertThat(reply).containsAnyOf("take care", "look after yourself", "enjoy", "night")
                .doesNotEndWith("?");
    }
}
