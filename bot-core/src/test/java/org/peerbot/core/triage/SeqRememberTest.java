package org.peerbot.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A sequence with several gaps or optional items remembers where the rest of it failed, for one match (session 12,
 * for speed: a four-sentence check on a long post tried every way of cutting it). Remembering must never change
 * where, or whether, a sequence matches.
 */
class SeqRememberTest {
    private final Vocab vocab = new Vocab();

    private Node.Seq parse(String source) {
        return (Node.Seq) new PhraseParser(source, vocab).parseAlternation();
    }

    @Test
    void onlySequencesThatCanEndInManyPlacesRemember() {
        assertThat(parse("^ ~30 [.] ~30 [.] ~30 $").remember()).isTrue();
        assertThat(parse("tablets ~3 (all|every one)").remember()).isFalse();
    }

    @Test
    void rememberingReadsEveryMessageAsForgettingDoes() {
        Random r = new Random(7);
        String[] words = {"i", "feel", "tired", ".", "sugar", "high", "?", "should", "we", "go", ",", "now"};
        for (String source : List.of("^ ~30 [.] ~30 [.] ~30 [.] ~30 $", "sugar ~4 [high] ~3 [?] ~2 now",
                "[should] ~2 (go|feel) ~5 [.] tired")) {
            Node.Seq remembering = parse(source);
            Node.Seq forgetting = new Node.Seq(remembering.items(), false);
            for (int n = 0; n < 400; n++) {
                List<String> t = new ArrayList<>();
                for (int w = r.nextInt(60); w >= 0; w--) {
                    t.add(words[r.nextInt(words.length)]);
                }
                Vocab.Text x = vocab.text(t.toArray(new String[0]));
                for (int start = 0; start < x.length(); start++) {
                    Node.Ctx c = new Node.Ctx(x, 0, x.length());
                    assertThat(remembering.match(c, start, end -> end)).as(source + " on " + t + " at " + start)
                            .isEqualTo(forgetting.match(c, start, end -> end));
                }
            }
        }
    }

    @Test
    void aLongPostFailsTheFourSentenceCheckAndAShortOneMeetsIt() {
        Phrase fourSentences = Phrase.compile("^ ~30 [.] ~30 [.] ~30 [.] ~30 $", vocab);
        String sentence = "the clinic moved my appointment again and i had to take another day off work so tired .";
        assertThat(fourSentences.find(vocab.text((sentence + " " + sentence).split(" ")))).isNotNull();
        assertThat(fourSentences.find(vocab.text((sentence + " ").repeat(7).strip().split(" ")))).isNull();
    }
}
