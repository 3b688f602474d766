package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 31: kinds the twenty-fourth blind suite showed misheard. A happy memory of someone who died (a photo that
 * made them laugh, her song, his recipe, a laugh with his pals on his birthday) got sorrow alone, "a lot to put up
 * with from your brother", or the clinical boundary (a year in the story read as a fever); their own birthday got no
 * "happy birthday"; thanks "for the chat" or "for listening" got "you're welcome" and nothing of it; a goodnight was
 * answered in other words; "skipping my insulin to lose weight" was a loss of their mum; someone else's threat heard
 * through a wall got "move away from anything you could hurt them with"; "paramedics got him back" got "ring 999 now,
 * if you haven't". Each sentence is written here in its own words. ({@link ListeningChats} replies are lower-cased.)
 */
class SessionThirtyOneKindsTest {
    private final ListeningChats chats = new ListeningChats();

    @ParameterizedTest
    @ValueSource(strings = {
            "found an old photo of my nan from 1979 in a huge sunhat and laughed so much. she died two years ago",
            "my dad would have been 70 today. had a good laugh with his mates about his terrible dancing",
            "made her recipe for bara brith for the first time since she passed. the kitchen smelt just like hers"})
    void aHappyMemoryOfSomeoneWhoDiedIsHeardWithItsWarmth(String text) {
        String reply = chats.after("hi", text);
        assertThat(reply).containsAnyOf("lovely memory", "precious memory").contains("sorry")
                .doesNotContain("medical advice").doesNotContain("put up with");
    }

    @ParameterizedTest
    @ValueSource(strings = {"had a good laugh with my husband tonight watching old comedies",
            "passed my driving test today! the examiner made me laugh the whole way round",
            "my grandson is dead funny, he made me laugh till i cried at tea"})
    void aLaughWithSomeoneAliveIsNoMemoryOfALoss(String text) {
        String reply = chats.after("hi", text);
        assertThat(reply).doesNotContain("precious memory").doesNotContain("lovely memory").doesNotContain("sorry");
    }

    @ParameterizedTest
    @ValueSource(strings = {"60 today!! the kids took me for a curry", "it's my 21st and i feel rough lol",
            "turned 75 on sunday, quiet one with a cake"})
    void theirOwnBirthdayIsWishedHappy(String text) {
        assertThat(chats.after("hi", text)).contains("happy birthday");
    }

    @Test
    void someoneElsesBirthdayIsNotTheirs() {
        assertThat(chats.after("hi", "it's my mum's 80th today, we're taking her out for lunch"))
                .doesNotContain("happy birthday to you");
    }

    @Test
    void thanksForTheChatIsGivenBackAsTheyGo() {
        assertThat(chats.after("it's been a strange week", "right the snooker's on. ta for the chat")).contains("chat");
    }

    @Test
    void thanksForListeningIsGivenBackAsTheyGo() {
        assertThat(chats.after("it's been a strange week", "anyway thanks for listening, tea time"))
                .contains("listen").contains("enjoy your tea");
    }

    @Test
    void aNapAndATaTaIsAGoodbye() {
        assertThat(chats.after("sat in the garden with a cuppa this morning", "right, time for my nap. ta ta"))
                .contains("enjoy your nap").doesNotEndWith("?");
    }

    @Test
    void aGoodnightIsAnsweredInTheirWords() {
        assertThat(chats.after("long day", "thank you. goodnight")).contains("goodnight");
        assertThat(chats.after("long day", "night night x")).contains("night night");
        assertThat(chats.after("long day", "i'm off to bed now, ta")).contains("bed");
    }

    @Test
    void weightLostIsNoDeathOfTheirMum() {
        String reply = chats.after("hi", "i've been cutting back my insulin to lose weight. my mum has no idea");
        assertThat(reply).doesNotContain("sorry about your mum").doesNotContain("losing your mum");
    }

    @Test
    void someoneElsesThreatHeardThroughAWallKeepsTheMemberSafe() {
        String reply = chats.after("the couple next door are at it again",
                "i can hear her screaming and things smashing. he's yelling that he's going to kill her");
        assertThat(reply).contains("999").doesNotContain("you could hurt them with").contains("safe");
    }

    @Test
    void policeOnTheWayAfterThatIsMetAsHelpComing() {
        var chat = chats.fresh();
        chats.say(chat, "i can hear her screaming and things smashing. he's yelling that he's going to kill her");
        assertThat(chats.say(chat, "i've rung them, the police are on their way")).contains("on the way")
                .doesNotContain("if you haven't");
    }

    @Test
    void helpThatHasArrivedIsNotCalledForAgain() {
        var chat = chats.fresh();
        chats.say(chat, "my husband just collapsed clutching his chest and he's gone grey");
        String reply = chats.say(chat, "the paramedics got him back, he's in intensive care now. i can't stop shaking");
        assertThat(reply).doesNotContain("if you haven't").doesNotContain("call 999").contains("frightening");
    }
}
