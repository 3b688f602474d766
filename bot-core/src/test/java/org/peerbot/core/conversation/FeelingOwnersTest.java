package org.peerbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 12, from the blind-6 transcripts: whose feeling a feeling word is. A feeling said of a thing ("the wait was
 * awful") is not theirs to be told back; someone else's excitement is not the member's good news; anger said as
 * "I could honestly kill him" is heard as anger; being on hold to a service is not a feeling. Each with a near case.
 */
class FeelingOwnersTest {
    private final ListeningChats chats = new ListeningChats();

    @Test
    void aFeelingWordAboutAThingBeforeGoodNewsIsRelief() {
        String reply = chats.after("hi", "the waiting was horrible but the scan is all clear!!");
        assertThat(reply).doesNotContain("you feel horrible", "feeling horrible");
        // their own feeling is still theirs
        assertThat(chats.after("hi", "it was horrible, I feel horrible")).contains("horrible");
    }

    @Test
    void someoneElsesExcitementIsNotTheirGoodNews() {
        String reply = chats.after("hi", "my daughter is moving to Canada, she is so excited and I can't tell her");
        assertThat(reply).doesNotContain("brilliant", "great news", "so glad");
        assertThat(chats.after("hi", "my daughter passed her driving test, she's over the moon"))
                .containsAnyOf("brilliant", "great", "wonderful", "fantastic", "so glad");
    }

    @Test
    void angerSaidAsWantingToHurtIsHeardAsAnger() {
        assertThat(chats.after("hi", "my ex forgot the kids' birthday again, I could honestly kill him"))
                .containsAnyOf("frustrat", "fed up", "angry", "unfair", "put up with");
    }

    @Test
    void aPetLetGoIsALoss() {
        org.peerbot.core.model.ConversationRef chat = chats.fresh();
        chats.say(chat, "first night without our old spaniel on the bed");
        assertThat(chats.say(chat, "we had to let her go on saturday, 15 years old")).contains("sorry");
    }

    @Test
    void askingIfTheyAreAwfulForFeelingItIsMetAsNormal() {
        org.peerbot.core.model.ConversationRef chat = chats.fresh();
        chats.say(chat, "my best friend just got engaged and I cried in the toilets");
        assertThat(chats.say(chat, "am i an awful person")).containsAnyOf("no wrong way to feel", "isn't wrong",
                "makes sense");
        // the near case: a question about someone else's awfulness is not theirs to be reassured about
        assertThat(chats.after("hi", "my landlord is an awful person")).doesNotContain("no wrong way to feel");
    }

    @Test
    void onHoldToAServiceIsNotAFeeling() {
        assertThat(chats.after("hi", "I've been on hold to the surgery three times this morning"))
                .doesNotContain("feel on hold", "feeling on hold");
    }

    /** Session 13: "I know she's frightened" is her fear; the "I" only knows it. */
    @Test
    void aFeelingTheyKnowSomeoneElseHasIsNotTheirs() {
        assertThat(chats.after("hi", "my dad's putting a brave face on but I can tell he's terrified"))
                .doesNotContain("you've been feeling terrified", "you're feeling terrified", "you feel terrified");
        assertThat(chats.after("hi", "I think I'm terrified to be honest")).contains("terrified");
    }

    /** Session 13: feeling silly for being upset is met as a feeling that makes sense. */
    @Test
    void feelingSillyForBeingUpsetIsNormal() {
        assertThat(chats.after("hi", "i feel so daft for crying over a tv advert"))
                .containsAnyOf("no wrong way to feel", "isn't wrong", "makes sense");
    }
}
