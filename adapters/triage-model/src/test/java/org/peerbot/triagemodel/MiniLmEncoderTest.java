package org.peerbot.triagemodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

/**
 * Our session must give the vectors langchain4j's own class gives: the trained head and its thresholds were made on
 * those. Texts written for this test.
 */
class MiniLmEncoderTest {
    @Test
    void givesTheSameDirectionAsLangchain4jsOwnModel() {
        MiniLmEncoder ours = MiniLmEncoder.load();
        AllMiniLmL6V2QuantizedEmbeddingModel theirs = new AllMiniLmL6V2QuantizedEmbeddingModel();
        String[] texts = {
            "ok",
            "is anybody around to talk tonight",
            "the nurse rang back and the bloods are fine, what a relief, i might actually sleep tonight",
            "CAN'T BELIEVE IT!!! passed my driving test 🎉🎉",
            "ça va pas du tout aujourd'hui",
            "word ".repeat(700),
        };
        for (String text : texts) {
            float[] a = ours.embed(text);
            float[] b = theirs.embed(text).content().vector();
            assertThat(cosine(a, b)).as(text.length() > 40 ? text.substring(0, 40) : text)
                    .isGreaterThan(text.length() > 2000 ? 0.9 : 0.99999);
        }
    }

    private static double cosine(float[] a, float[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return ab / Math.sqrt(aa * bb);
    }
}
