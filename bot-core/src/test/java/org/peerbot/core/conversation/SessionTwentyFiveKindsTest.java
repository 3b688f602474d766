package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 25: kinds the eighteenth blind suite showed misheard. Regret ("if only I'd rung", "I should have noticed his
 * cough", "wasted years") got no word for the weight of it; a milestone of getting through ("365 days today, not a
 * drop", "ten years since I was diagnosed", "a year ago tonight I got the call") got "that's a real blow" or nothing to
 * celebrate; comparing their pain with others' ("it's only diabetes", "I'm not the one who's ill") was not given room;
 * "can you stop asking me questions" was not agreed to; "you're not listening" and "you sound like a leaflet" got no
 * sorry; "sorry that was a massive rant" and "sorry for the spelling" got no "no need to be sorry"; "please don't give
 * me numbers to ring" still got numbers; "I don't want to talk to a bot, is there a real person" was not heard as
 * asking for a person; "my mum says I should be grateful" was given back as "you should be grateful"; "how do I live
 * with that" and "what kind of person is relieved" got the clinical boundary; a feeling told by a likeness ("I felt
 * like a toddler", "put out to grass") was not given back; "off to watch the snooker. ta" was not heard as leaving. Each sentence is written here in its own words.
 * ({@link ListeningChats} replies are lower-cased.)
 */
class SessionTwentyFiveKindsTest {
    private final ListeningChats chats = new ListeningChats();

    @ParameterizedTest
    @ValueSource(strings = {
            "mum had been getting headaches for months. if only i'd made her go to the doctor sooner",
            "he kept saying his back ached and i told him to stop moaning. i should have noticed something was wrong",
            "i spent my thirties drinking and ignoring the diabetes. wasted years, i can see that now"})
    void regretIsHeardWithoutAVerdict(String text) {
        String reply = chats.after("hi", text);
        assertThat(reply).containsAnyOf("heavy", "weigh", "looking back", "what-ifs")
                .doesNotContain("not your fault").doesNotContain("you should");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "500 days sober today. never thought i'd see it",
            "five years clear today! had a cry in the kitchen",
            "a year since my transplant today, feeling so lucky to still be here",
            "my little lad turns one tomorrow after 3 months on the baby unit"})
    void aMilestoneIsCelebrated(String text) {
        String reply = chats.after("hi", text);
        assertThat(reply).containsAnyOf("milestone", "huge", "big day")
                .doesNotContain("real blow").doesNotContain("sorry");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i know it's only diabetes, my friend has cancer, but the injections are getting me down",
            "he's the one with parkinson's, i'm not the one who's ill, but i'm so tired all the time",
            "other people have it worse, i shouldn't complain, but i cried in the car again today"})
    void comparingIsGivenRoom(String text) {
        String reply = chats.after("hi", text);
        assertThat(reply).containsAnyOf("counts", "room for", "real").doesNotContain("at least");
    }

    @Test
    void askedForNoQuestionsTheBotStopsAsking() {
        String reply = chats.after("got my diagnosis last week", "please stop asking me questions, i just want to type");
        assertThat(reply).containsAnyOf("no more questions").doesNotContain("?");
        var chat = chats.saying("got my diagnosis last week", "please stop asking me questions, i just want to type");
        assertThat(chats.say(chat, "rough night, hardly slept")).doesNotContain("?");
        assertThat(chats.say(chat, "the kids are at their dad's so the house is quiet")).doesNotContain("?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"you're not listening to me", "you sound like a leaflet now",
            "i didn't say i couldn't manage. i said i was tired"})
    void pushedBackTheBotSaysSorry(String text) {
        assertThat(chats.after("my mum's dementia is getting worse and i'm tired", text)).contains("sorry");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sorry that was a massive rant", "sorry for the spelling, my hands are bad today"})
    void sorryForARantOrSpellingIsNoBother(String text) {
        assertThat(chats.after("the new job is hard with my arthritis", text))
                .containsAnyOf("don't be sorry", "no need to say sorry", "don't need to be sorry");
    }

    @Test
    void noNumbersMeansNoNumbers() {
        String reply = chats.after("my depression is back", "please don't give me numbers to ring, i know them all."
                + " i just want someone to hear it");
        assertThat(reply).doesNotContain("111").doesNotContain("samaritans").doesNotContain("call ");
    }

    @Test
    void notWantingABotIsAskingForAPerson() {
        String reply = chats.after("my dad has dementia and i'm not coping", "i don't want to talk to a bot about"
                + " this. is there a real person?");
        assertThat(reply).containsAnyOf("volunteer", "/talk", "person");
    }

    @Test
    void whatSomeoneSaysTheyShouldIsNotGivenBackAsAShould() {
        String reply = chats.after("hi", "my sister says i should be over it by now");
        assertThat(reply).doesNotContain("you should");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "i snapped at him for coughing all night and sent him to the sofa. how do i live with that",
            "the scan showed it's not a tumour, it's ms, and i smiled. what kind of person is relieved to get ms?"})
    void aQuestionAboutThemselvesIsNotClinical(String text) {
        assertThat(chats.after("hi", text)).doesNotContain("clinician").doesNotContain("medical advice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my daughter does my hair now and i felt like a toddler",
            "since they took my licence i feel like i've been put out to grass"})
    void aFeelingToldByALikenessIsGivenBack(String text) {
        assertThat(chats.after("hi", text)).containsAnyOf("like a toddler", "put out to grass");
    }

    @Test
    void aFlatAnswerToTheirNewsIsAHurtNotAStep() {
        String reply = chats.after("it's a year since my last drink", "told my brother and he just said ok and"
                + " carried on reading");
        assertThat(reply).containsAnyOf("hurt", "painful").doesNotContain("brilliant").doesNotContain("well done");
    }

    @ParameterizedTest
    @ValueSource(strings = {"right, enough moaning, off to watch the football. ta",
            "that's me done. off to put the kettle on. thanks for listening"})
    void whereTheyAreOffToIsWishedOnThem(String text) {
        String reply = chats.after("my knees have been bad all week", text);
        assertThat(reply).containsAnyOf("enjoy the football", "enjoy your cuppa").doesNotContain("?");
    }

    @Test
    void askingForNoMoreQuestionsAsTheyLeaveIsAGoodbye() {
        String reply = chats.after("my wife has mnd and i'm so lonely", "thanks. i'd better get back, she'll need her"
                + " tea. don't want to be asked anything else, just needed to say it");
        assertThat(reply).doesNotContain("just type").doesNotContain("?")
                .containsAnyOf("take care", "bye", "welcome", "look after yourself");
    }

    @Test
    void leavingForSomethingHardWishesNothing() {
        String reply = chats.after("my knees have been bad all week", "off to the hospital now for the scan. bye");
        assertThat(reply).doesNotContain("enjoy");
    }

    @Test
    void aLongPostThatAsksNothingGetsNoListOfServices() {
        String reply = chats.after("hi", "the council tax letter is still unopened, the pip form is 40 pages, the"
                + " bank wants a phone call and the gp wants a form back by friday. it's all piled on the table and i"
                + " just stare at it every night. it's all too much");
        assertThat(reply).doesNotContain("citizens advice").doesNotContain("these can help");
    }
}
