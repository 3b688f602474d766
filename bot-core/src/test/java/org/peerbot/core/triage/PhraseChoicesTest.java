package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A match line that is one choice of many (a word list used whole) is tried choice by choice, each anchored on its
 * own words (session 11, for speed). The split must read exactly what the whole line reads.
 */
class PhraseChoicesTest {
    private final Vocab vocab = new Vocab();

    @Test
    void aChoiceOfSequencesIsSplitAndEachChoiceKeepsItsOwnAnchors() {
        Phrase whole = Phrase.compile("walk in (centre|clinic)|help ~2 with ~3 (forms|letters)|prepayment", vocab);
        List<Phrase> choices = whole.choices(vocab);
        assertThat(choices).hasSize(3);
        assertThat(choices.get(0).anchors).doesNotContain("forms", "prepayment");
        assertThat(choices.get(2).anchors).containsExactly("prepayment");
    }

    @Test
    void aSequenceStaysWhole() {
        Phrase seq = Phrase.compile("help with the (forms|letters)", vocab);
        assertThat(seq.choices(vocab)).containsExactly(seq);
    }

    @Test
    void theSplitRulesReadTheSameAsTheWhole() {
        Phrase whole = Phrase.compile("walk in (centre|clinic)|help ~2 with ~3 (forms|letters)|prepayment", vocab);
        for (String text : List.of("is there a walk in clinic near me", "can someone help me with my pip forms",
                "how do I get a prepayment card", "we walked in the park")) {
            Vocab.Text x = vocab.text(text.split(" "));
            boolean any = whole.choices(vocab).stream().anyMatch(p -> p.mayOccur(x) && p.find(x) != null);
            assertThat(any).as(text).isEqualTo(whole.mayOccur(x) && whole.find(x) != null);
        }
    }
}
