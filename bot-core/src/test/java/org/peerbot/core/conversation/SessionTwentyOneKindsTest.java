package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.Intent;
import org.peerbot.core.model.TriageResult;

/**
 * Session 21: kinds blind-13's notes and the fourteenth blind suite showed misheard. Good news with a "but" named
 * neither part ("GOT THE JOB!! but it's in Manchester"), and "got the job!!" with a worry after it was met as joy
 * alone; an all-clear told beside a friend's death got no gladness; "my dad's going to be so disappointed" gave the
 * member "let down" as their own feeling and was met as bad news about the dad; treatment ending told with "they've
 * let go of my hand" got "brilliant news"; "he's fine now" after a hypo at school got no relief; a worse result after
 * months of care got no word for the effort; "the box down from the loft" and "came down from Inverness" were read as
 * good news ("down from" a number); being let down by a service (a text to cancel an operation, a GP watching the
 * clock) was met as good news or "sorry about running" ("third day running"); "idk" and "whatever" got another
 * question; "sorry for the essay" gave back "your essay"; "cried in the car after the school run" was heard as
 * leaving; "I really want to go but who's going to help her" and "no idea how I'm getting there" got a list of
 * services on the model's word. Each sentence is written here in its own words.
 * ({@link ListeningChats} replies are lower-cased.)
 */
class SessionTwentyOneKindsTest {
    private final ListeningChats chats = new ListeningChats();

    @Test
    void goodNewsWithAButNamesTheGoodPartAndTheHardPart() {
        String reply = chats.after("hi", "passed my theory test today, but my grandad who drove me there is back"
                + " in hospital");
        assertThat(reply).contains("theory test").contains("sorry").doesNotContain("brilliant news!");
        String job = chats.after("hi", "i got the place on the course!! but it's in leeds and i don't know how"
                + " i'll afford the train");
        assertThat(job).containsAnyOf("sorry", "hard").doesNotContain("here are some places")
                .doesNotContain("these can help");
        // excited news with a blow after the "but": the joy is not lost to the blow
        String offered = chats.after("hi", "i got the job at the garage!! but my nan who helped me apply is back in"
                + " hospital");
        assertThat(offered).containsAnyOf("great news", "glad", "brilliant", "well done", "pleased")
                .contains("sorry about your nan");
    }

    @Test
    void anAllClearBesideADeathHearsBoth() {
        String reply = chats.after("hi", "my bloods came back all clear!! but the lady i sat with at chemo died"
                + " last week");
        assertThat(reply).contains("relief").contains("sorry");
    }

    @ParameterizedTest
    @ValueSource(strings = {"exams start monday and i know i've not revised enough. my mum's going to be so"
            + " disappointed",
            "i have to tell my husband about the diagnosis tonight and i'm scared he'll be gutted"})
    void fearingHowSomeoneWillTakeItIsHeardAsAFear(String text) {
        String reply = chats.after("hi", text);
        assertThat(reply).containsAnyOf("worried", "scared", "worry").containsAnyOf("take it", "feel", "react",
                "letting");
        assertThat(reply).doesNotContain("feel disappointed").doesNotContain("sorry about your mum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"had my last infusion today. everyone's cheering but i feel like they've cut me loose",
            "discharged from the heart clinic after nine years. weirdly i feel a bit lost"})
    void anEndingOfTreatmentToldWithSomethingHardIsNotBrilliantNews(String text) {
        String reply = chats.after("hi", text);
        assertThat(reply).containsAnyOf("end of treatment", "finishing treatment", "endings")
                .doesNotContain("brilliant").doesNotContain("fantastic");
    }

    @Test
    void aScareThatIsOverGetsRelief() {
        String reply = chats.after("hi", "my daughter had a bad hypo on the school trip, she's okay now, she made"
                + " me laugh on the phone");
        assertThat(reply).containsAnyOf("scare", "frightening").contains("okay now");
    }

    @Test
    void effortThatDidNotShowIsNamed() {
        String reply = chats.after("hi", "my cholesterol went up again even though i've been so strict for months");
        assertThat(reply).containsAnyOf("effort", "tried so hard", "all you've done").doesNotContain("brilliant");
    }

    @ParameterizedTest
    @ValueSource(strings = {"can't face getting the tree down from the attic this year, first one without her",
            "my brother came all the way down from aberdeen for the op and then they cancelled it by text"})
    void downFromAPlaceIsNotGoodNews(String text) {
        assertThat(chats.after("hi", text)).doesNotContain("great to hear").doesNotContain("wonderful")
                .doesNotContain("brilliant");
    }

    @Test
    void beingLetDownByAServiceIsHeardAsUnfair() {
        String reply = chats.after("hi", "the consultant barely looked up and said it's just stress. second week"
                + " running i've been fobbed off");
        assertThat(reply).containsAnyOf("unfair", "fed up", "angry", "furious").doesNotContain("about running");
    }

    @Test
    void flatShortRepliesAreNotPushedWithAQuestion() {
        ConversationRef chat = chats.saying("hi", "my dad made me come on here. got diagnosed in the summer");
        for (String flat : new String[] {"idk", "whatever"}) {
            String reply = chats.say(chat, flat);
            assertThat(reply.strip()).as(flat).doesNotEndWith("?");
            assertThat(reply).as(flat).containsAnyOf("okay", "fine", "alright", "no pressure");
        }
    }

    @Test
    void sayingSorryForALongMessageGivesNothingOfItBack() {
        assertThat(chats.after("the whole family are coming for boxing day and i'm dreading it already",
                "sorry for the essay lol")).doesNotContain("essay");
    }

    @Test
    void cryingAfterTheSchoolRunIsNotLeaving() {
        String reply = chats.after("hi", "new crutches came today and they're bright green, the kids love them."
                + " cried in the car after the school run though");
        assertThat(reply).doesNotContain("take care").doesNotContain("bye");
    }

    @Test
    void aServiceTheModelAloneHeardNeedsAMessageThatAsks() {
        TriageResult modelSaysService = new TriageResult(Category.SERVICES, null,
                List.of("sig.young_person", "model.service"), Set.of(), List.of(), Set.of());
        Reading told = Understanding.english().read("there's a trip in may and i really want to go but who's going"
                + " to help her. i feel like a bad daughter", modelSaysService);
        assertThat(told.intents()).doesNotContain(Intent.WANTS_SERVICE);
        Reading asked = Understanding.english().read("i need some help with the forms for her care",
                modelSaysService);
        assertThat(asked.intents()).contains(Intent.WANTS_SERVICE);
    }

    @Test
    void aLossYearsAgoLeavesTheFearOfNowToBeHeard() {
        Reading r = Understanding.english().read("she rang at 3am asking where dad was. dad died in 2008. i'm so"
                + " frightened for her", TriageResult.sharing());
        assertThat(r.longAgo()).isTrue();
    }

    @Test
    void aFirstRideRoundTheParkIsNotPraisedAsThePark() {
        assertThat(chats.after("hi", "first swim since the op!!! only two lengths at the leisure centre but i did"
                + " it")).doesNotContain("on the leisure centre").doesNotContain("hard news");
    }

    @Test
    void whoTheyFearForIsNotTheOneTheNewsIsAbout() {
        assertThat(chats.after("hi", "diagnosed with type 1 at 40. going to tell my mum at the weekend and she'll"
                + " be so upset")).doesNotContain("sorry about your mum").containsAnyOf("worried", "worry");
    }

    @Test
    void askingWhetherTheyAreMadToDecideIsHandedBack() {
        assertThat(chats.after("hi", "off sick since spring and the thought of going back makes me shake. am i mad"
                + " to hand my notice in?")).containsAnyOf("yours to make", "life best").doesNotContain("medical");
    }

    @Test
    void aWishOrAWorrySaidWithoutAskingGetsNoListOfServices() {
        String carer = chats.after("hi", "i look after my dad after school. there's a trip to france in june and"
                + " i really want to go but who'd help him. i feel like a bad son for wanting to");
        assertThat(carer).doesNotContain("these can help").contains("guilt");
    }
}
