package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.Signal;
import org.peerbot.core.port.SentenceModel;
import org.peerbot.core.testing.Harness;
import org.peerbot.core.testing.TestPacks;
import org.peerbot.core.triage.Triage;

/**
 * Someone who tells us calmly that they are dying (docs/safety-rules.md, rule 1g; session 34, blind-27): "I've stopped
 * the chemo because I want to actually be here for the time I've got" got "call 999 now"; "planning the funeral with my
 * daughter ... I want Highway to Hell going in" got "I'm really sorry to hear about your daughter" and a Samaritans
 * line; "wife's been gone ten year. be nice to see her again" after "end stage" got the line too. The sentence model
 * leans to self-harm on all of them. Once they have told us, its lean alone raises no crisis reply and no line, in
 * that message or later; a rule's reading (morphine kept back to take all at once) always stands, and someone else's
 * dying changes nothing. A stand-in model reads risk in any message holding "[lean]".
 */
class EndOfLifeTest {
    private static final SentenceModel LEANS = text -> new SentenceModel.Reading(text.contains("[lean]"), Set.of());
    private final Triage triage = Triage.fromTrees(List.of(TestPacks.tree(Triage.DEFAULT_RULES)));
    private final Harness h = new Harness(triage.withModel(LEANS)::classify);

    @ParameterizedTest
    @ValueSource(strings = {
            "copd, end stage now. not long left they reckon and honestly i'm ok with it",
            "they've got me a bed at the hospice for monday",
            "signed my DNACPR with the nurse today, felt good to have it down",
            "been planning my funeral, wicker coffin and no black",
            "planning the funeral with my son. I want Bohemian Rhapsody going out",
            "stage 4, it's in my liver. I want a woodland burial and my ashes under the oak",
            "I've stopped the dialysis so I can enjoy the time I've got left with the grandkids"})
    void aCalmTellingOfTheirOwnDyingIsRead(String text) {
        assertThat(triage.classify(text).has(Signal.END_OF_LIFE)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my mum's in the hospice now, end stage, not long they say",
            "planning my dad's funeral this week",
            "end stage now and I've been saving up my morphine",
            "terminal, they said months not years. I'm not going to wait, I'll take it all at once",
            // from the review: someone else's dying, and words of hurrying it the rules do not read
            "Mam's on end of life care now, not long now they reckon",
            "They said she's got weeks left",
            "Dad's cancer is end stage, the hospice found him a bed",
            "I'm terminal. Got the oramorph lined up for when I decide",
            "I'm end stage COPD and I've had enough, I want to go now",
            "Terminal cancer, weeks left they told me. I've been putting a few tablets aside each night, just in case"})
    void someoneElsesDyingOrAWordOfHurryingItIsNot(String text) {
        assertThat(triage.classify(text).has(Signal.END_OF_LIFE)).as(text).isFalse();
    }

    @Test
    void hurryingTheEndIsAlwaysRisk() {
        var r = triage.classify("been keeping back my oramorph. there's enough now, i'll take it all on sunday");
        assertThat(r.category()).isEqualTo(Category.CRISIS);
        assertThat(r.kind()).isEqualTo(CrisisKind.SELF_HARM);
    }

    @Test
    void theModelsLeanAloneRaisesNothingWhenTheyTellUsInTheSameMessage() {
        ConversationRef chat = h.pastIntroduction("eol1");
        String reply = h.sayLater(chat, "secondary cancer, into the last months they say. I've stopped the chemo so I"
                + " can be here for the time I've got [lean]");
        assertThat(reply).doesNotContain("999").doesNotContain("116 123").doesNotContain("ending your life");
    }

    @Test
    void norLaterInTheChat() {
        ConversationRef chat = h.pastIntroduction("eol2");
        h.sayLater(chat, "heart failure. end stage. not long now they reckon. im alright with it");
        String reply = h.sayLater(chat, "wife's been gone ten year. be nice to see her again [lean]");
        assertThat(reply).doesNotContain("999").doesNotContain("116 123").doesNotContain("ending your life");
    }

    @Test
    void wordsOfGivingUpLaterAreStillAskedAboutGently() {
        // crisis lines still ask someone who is dying, directly, whether they are thinking of hastening it
        ConversationRef chat = h.pastIntroduction("eol6");
        h.sayLater(chat, "heart failure. end stage. not long now they reckon. im alright with it");
        assertThat(h.sayLater(chat, "honestly i've had enough, what's the point of waiting [lean]"))
                .contains("ending your life").doesNotContain("999");
    }

    @Test
    void butARulesReadingOfHurryingItStillGetsTheCrisisReply() {
        ConversationRef chat = h.pastIntroduction("eol3");
        h.sayLater(chat, "MND. signed the DNACPR today with the palliative nurse");
        assertThat(h.sayLater(chat, "been keeping back my morphine. there's enough now, i'll take it all on saturday"))
                .contains("999");
    }

    @Test
    void withoutTheirTellingTheLeanStillGetsItsLine() {
        ConversationRef chat = h.pastIntroduction("eol4");
        assertThat(h.sayLater(chat, "the waiting for the scan is doing my head in [lean]")).contains("116 123");
    }

    @Test
    void theirOwnFuneralPlannedIsNotMournedAsTheLossOfTheOneBesideThem() {
        ConversationRef chat = h.pastIntroduction("eol5");
        String reply = h.sayLater(chat, "Been planning the funeral with my son today. I want Sinatra going out. Nice"
                + " afternoon actually");
        assertThat(reply).doesNotContainIgnoringCase("sorry to hear about your son")
                .doesNotContainIgnoringCase("sorry about your son").doesNotContain("116 123");
    }
}
