package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.triage.Triage;
import org.peerbot.core.testing.TestPacks;

/**
 * Session 20: kinds the thirteenth blind suite showed misheard. Questions to the bot about what happens to their
 * words ("is anyone actually reading this?", "is it used to train AI?") and "can you remember me from last week?"
 * with their reason after got the clinical reply and a list of services; "don't tell anyone lol" to the bot got the
 * abuse block with Childline; "how do I tell him about my stoma" got the clinical reply; "I'd better go, tea won't cook
 * itself" and "I'll let you get on" were not heard as leaving; "first time since the relapse" was met as tough news and
 * "first time since Christmas" praised as "Well done on Christmas!"; "I feel like a monster" after shouting at a child
 * got "it isn't wrong to feel like that"; "my wife would be better off without me" was answered as a worry for the
 * wife; a numb leg in an MS relapse and a worse HbA1c after months of effort got 999 and praise; someone sitting in
 * A&E was told to call 999 on the model's word alone; "her name was Ffion. nobody says her name anymore" got "That
 * sounds lonely" and not her name; "im scared. mums downstairs" after tablets in the room got ordinary listening. Each
 * sentence is written here in its own words.
 * ({@link ListeningChats} replies are lower-cased.)
 */
class SessionTwentyKindsTest {
    private final ListeningChats chats = new ListeningChats();
    private final Triage triage = Triage.fromTrees(java.util.List.of(TestPacks.tree(Triage.DEFAULT_RULES)));

    /** The reply to {@code then} in a new chat that opened with {@code first}. */
    private String freshAfter(String first, String then) {
        ConversationRef chat = chats.fresh();
        chats.say(chat, first);
        return chats.say(chat, then);
    }

    @Test
    void askingWhoReadsTheirWordsGetsTheHonestPrivacyAnswer() {
        for (String text : new String[] {"hang on, is anybody actually reading this?",
                "What happens to what I type in here? Is it sold on or used to train AI? I have epilepsy and my work"
                        + " don't know, my family don't know either and I'd like to keep it that way"}) {
            assertThat(triage.classify(text).category()).as(text).isNotEqualTo(Category.CLINICAL);
            assertThat(chats.after("hi", text)).as(text).contains("/forget").doesNotContain("medical advice")
                    .doesNotContain("nhs 111");
        }
    }

    @Test
    void rememberMeWithTheReasonAfterIsAnsweredHonestly() {
        String text = "do u remember me from the other night? i said about my dad's stroke and my own copd";
        assertThat(triage.classify(text).category()).isNotEqualTo(Category.CLINICAL);
        assertThat(chats.after("hi", text)).contains("remember").doesNotContain("medical advice");
    }

    @Test
    void keepingItQuietFromFriendsIsNotAbuse() {
        assertThat(triage.classify("dont tell anyone haha. not even my sister knows about the stoma").category())
                .isNotEqualTo(Category.CRISIS);
        // someone else's order to keep quiet still is
        assertThat(triage.classify("my uncle told me dont tell anyone about what he does when mum's out").category())
                .isEqualTo(Category.CRISIS);
    }

    @Test
    void howToTellSomeoneAboutAConditionIsNotAClinicalQuestion() {
        assertThat(triage.classify("got a second date on friday. how do i tell her about my colostomy bag??")
                .category()).isNotEqualTo(Category.CLINICAL);
    }

    @Test
    void leavingBeforeACommaIsAGoodbye() {
        ConversationRef chat = chats.fresh();
        chats.say(chat, "my levels have been silly all day and i'm sick of it");
        String reply = chats.say(chat, "right i'd better go, the dog needs a walk. thanks for listening");
        assertThat(reply).containsAnyOf("take care", "bye", "come back").doesNotEndWith("?");
        assertThat(chats.after("hi", "Lovely chat at the craft group this afternoon. I'll let you get on."))
                .containsAnyOf("take care", "bye", "come back", "any time");
    }

    @Test
    void aFarewellToldIsNotLeaving() {
        assertThat(chats.after("hi", "we had to say goodbye, it was the worst day of my life")).doesNotContain(
                "come back any time");
    }

    @Test
    void aStepCountedFromABlowIsAStep() {
        String reply = chats.after("hi", "walked the dog round the block today. first time since the stroke");
        assertThat(reply).containsAnyOf("well done", "good on you", "brilliant").doesNotContain("sorry")
                .doesNotContain("tough news");
        assertThat(chats.after("hi", "I tied my own laces today. First time since Easter."))
                .doesNotContain("easter");
    }

    @Test
    void aDecentDayIsGoodNews() {
        assertThat(chats.after("hi", "had a decent day for once. sat in the garden with a brew"))
                .containsAnyOf("lovely", "glad", "good", "brilliant");
    }

    @Test
    void guiltAfterSnappingIsHeardNotExcused() {
        String reply = chats.after("hi", "I yelled at my son for being slow with his shoes. I was so tired. I feel"
                + " like a monster");
        assertThat(reply).containsAnyOf("guilt", "hard on yourself").doesNotContain("isn't wrong to feel");
        assertThat(chats.after("hi", "i snapped at my husband again over nothing. what kind of wife am i"))
                .containsAnyOf("guilt", "hard on yourself");
        // the role she judges herself in is not a person she tells of, and what she snapped over is not news
        assertThat(chats.after("hi", "I lost my temper with Mum again for asking the same thing. She can't help the"
                + " dementia. What sort of daughter does that")).containsAnyOf("guilt", "hard on yourself")
                .doesNotContain("your daughter").doesNotContain("blow").doesNotContain("the news");
    }

    @Test
    void betterOffWithoutMeIsTheMembersOwnRiskWhoeverIsNamed() {
        var mine = triage.classify("since the stroke i'm just a weight round their necks. my sons would be better off"
                + " without me");
        assertThat(mine.category()).isEqualTo(Category.CRISIS);
        assertThat(mine.signals()).doesNotContain(org.peerbot.core.model.Signal.ABOUT_SOMEONE_ELSE);
        assertThat(triage.classify("my dad keeps saying we'd all be better off without him").signals())
                .contains(org.peerbot.core.model.Signal.ABOUT_SOMEONE_ELSE);
    }

    @Test
    void numbnessBackInAKnownRelapseIsNotAStroke() {
        assertThat(triage.classify("ms relapse number three this year, right arm has gone numb again and i'm fed up")
                .category()).isNotEqualTo(Category.CRISIS);
        assertThat(triage.classify("my wife's arm has suddenly gone numb and her words are slurred").category())
                .isEqualTo(Category.CRISIS);
    }

    @Test
    void toldNotToComeBackIsAnEndingNotASymptom() {
        String text = "eight years of scans and today they said i don't need to come back any more. walked out and"
                + " didn't know whether to laugh or cry";
        assertThat(triage.classify(text).category()).isNotEqualTo(Category.CLINICAL);
        assertThat(chats.after("hi", text)).doesNotContain("laugh in it").doesNotContain("medical advice");
    }

    @Test
    void noHelplineWantedIsNotAskingForOne() {
        assertThat(triage.classify("please don't send me another helpline number, i just want to moan").category())
                .isNotEqualTo(Category.SERVICES);
        assertThat(freshAfter("my sugars are a mess again", "and don't give me a list, i just need a moan"))
                .doesNotContain("samaritans").doesNotContain("helpline:");
    }

    @Test
    void aResultGoneTheWrongWayAfterEffortIsNotPraised() {
        String reply = chats.after("hi", "walked every day and cut the sugar for months and my hba1c went up."
                + " what was the point");
        assertThat(reply).doesNotContain("brilliant").doesNotContain("well done").containsAnyOf("sorry", "blow");
    }

    @Test
    void alreadyInAandEIsNotToldToCall999OnTheModelsWordAlone() {
        // a stand-in model that reads a medical emergency in any message holding "[med]"
        org.peerbot.core.port.SentenceModel readsEmergency = text -> new org.peerbot.core.port.SentenceModel.Reading(
                false, text.contains("[med]") ? org.peerbot.core.model.CrisisKind.MEDICAL_EMERGENCY : null,
                java.util.Set.of());
        Triage withModel = triage.withModel(readsEmergency);
        assertThat(withModel.classify("dad's back in with his chest [med]. i'm sat in a&e with him and i feel numb")
                .category()).isNotEqualTo(Category.CRISIS);
        assertThat(withModel.classify("dad's chest is really bad tonight [med]").category())
                .isEqualTo(Category.CRISIS);
    }

    @Test
    void griefHasNoTimetableWhenOthersSayItShould() {
        assertThat(freshAfter("it's five years today since my sister died",
                "everyone thinks five years is long enough. it isn't"))
                .containsAnyOf("no timetable", "as long as it takes");
    }

    @Test
    void notCryingWhenOthersDidIsNotSomethingWrong() {
        assertThat(freshAfter("biopsy was clear",
                "my mum sobbed on the phone and i just felt flat. not sure whats wrong with me"))
                .containsAnyOf("isn't wrong", "makes sense");
    }

    @Test
    void theNameOfSomeoneWhoDiedIsSaidBack() {
        assertThat(freshAfter("it's ten years since we lost our son and it doesn't get easier",
                "his name was Owain. people stopped saying it")).contains("owain")
                .contains("his name");
        assertThat(chats.after("hi", "my new boss is awful, his name is Gary and he shouts")).doesNotContain("gary.");
    }

    @Test
    void scaredAfterTellingOfMeansIsMetWithSomeoneNearAndTheNumbers() {
        String reply = freshAfter("i've got all my nan's tablets in my room and i can't do this anymore",
                "i'm really scared. dad's in the kitchen");
        assertThat(reply).contains("999").containsAnyOf("near", "nearby").doesNotContain("i'm glad you told me about");
    }

    @Test
    void mixedFeelingsAreStillNormal() {
        assertThat(chats.after("hi", "i have really mixed feelings about finishing treatment"))
                .doesNotContain("guilt");
    }
}
