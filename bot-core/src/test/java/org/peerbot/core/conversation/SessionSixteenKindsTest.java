package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 16: kinds the ninth blind suite showed were misheard. A small win was met with a flat line and a question
 * ("How do you feel about it now?"), and a habit broken counted in days was not heard as a win at all; a number going
 * the right way was not good news; what a dead friend "would tell me to" do was taken as the member leaving; a death
 * told with where they met was signposted as if it asked for a service. Each sentence is written here in its own
 * words.
 */
class SessionSixteenKindsTest {
    private final ListeningChats chats = new ListeningChats();

    @Test
    void aSmallWinIsCelebratedAndLeftToStand() {
        String reply = chats.after("hi", "had a bath and washed my hair today, first time in a fortnight");
        assertThat(reply).containsAnyOf("Well done", "well done", "Good on you", "brilliant");
        assertThat(reply.strip()).doesNotEndWith("?");
    }

    @Test
    void aHabitBrokenCountedInDaysIsAWin() {
        assertThat(chats.after("hi", "ten days smoke free now after 25 years on the cigs"))
                .containsAnyOf("Well done", "well done", "Good on you", "brilliant", "big deal");
    }

    @Test
    void aNumberGoingTheRightWayIsGoodNews() {
        assertThat(chats.after("hi", "my kidney bloods are 48, down from 35 at christmas"))
                .containsAnyOf("great", "brilliant", "wonderful", "lovely", "fantastic", "glad");
    }

    @Test
    void whatSomeoneWouldTellThemToDoIsNotLeaving() {
        String reply = chats.after("my nan died last month", "she'd have told me to get the kettle on and stop moping");
        assertThat(reply).doesNotContain("take care", "come back any time", "bye for now", "any time you want to chat");
    }

    @Test
    void aDeathToldWithWhereTheyMetIsNotSignposted() {
        String reply = chats.after("hi",
                "my mate from the stroke club passed away on monday. she was the one who got everyone singing");
        assertThat(reply).containsIgnoringCase("sorry").doesNotContain("places that can help", "these can help",
                "these might help");
    }

    @Test
    void aNameGivenWithThePersonIsGivenBack() {
        String reply = chats.after("hi", "my wife Maureen passed away in the night. 52 years together");
        assertThat(reply).contains("maureen").containsIgnoringCase("sorry");
        assertThat(chats.after("hi", "my mum Sunday lunch was lovely")).doesNotContain("mum sunday");
    }

    @Test
    void aGoodFeelingOnlyWishedForIsNotMetAsGood() {
        assertThat(chats.after("hi", "i think i'd feel better if someone just rang me, it's been a long week"))
                .doesNotContain("good to hear", "glad you feel", "lovely to hear");
    }

    @Test
    void whatTheOneWhoDiedAlwaysDidIsHeardAsMissingThem() {
        ListeningChats c = new ListeningChats();
        var chat = c.fresh();
        c.say(chat, "my wife passed in the spring");
        String reply = c.say(chat, "she always did the christmas cards. i dont know where to start");
        assertThat(reply).contains("miss").contains("your wife");
    }

    @Test
    void whatAPetUsedToDoIsAboutThePetNotTheThing() {
        ListeningChats c = new ListeningChats();
        var chat = c.fresh();
        c.say(chat, "we had our cat put to sleep on saturday, she was 19");
        String reply = c.say(chat, "she used to sit on my newspaper every morning");
        assertThat(reply).contains("miss").doesNotContain("your newspaper");
    }

    @Test
    void hardNewsOnlyFearedIsWorryNotNews() {
        String reply = chats.after("cant sleep", "keep thinking about the results on monday. what if it's spread");
        assertThat(reply).doesNotContain("real blow", "hard news", "tough news");
        assertThat(chats.after("hi", "the scan showed it has spread")).containsIgnoringCase("sorry");
    }

    @Test
    void beingAwakeInTheNightIsHeardAndTheHeadIsNotGivenBack() {
        String reply = chats.after("hi", "is anyone awake? 2am and my mind wont switch off");
        assertThat(reply).containsAnyOf("night", "small hours").doesNotContain("your mind", "your head");
    }

    @Test
    void aSideEffectToldAfterABitBetterIsHeardNotMetAsGood() {
        String reply = chats.after("hi", "the new patches help the pain a bit but I'm like a zombie all day");
        assertThat(reply).contains("like a zombie").doesNotContain("good to hear", "what helped");
    }
}
