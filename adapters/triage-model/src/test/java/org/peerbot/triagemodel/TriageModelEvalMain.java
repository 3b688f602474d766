package org.peerbot.triagemodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peerbot.core.triage.Triage;
import org.peerbot.core.triage.TriageCli;
import org.yaml.snakeyaml.Yaml;

/**
 * triage-eval from this module's test classpath, with the sentence model beside the shipped rules (as the bot runs)
 * or, with {@code --rules-only}, the rules alone: {@code java -cp ... org.peerbot.triagemodel.TriageModelEvalMain
 * FILE [--rules-only] [triage-eval flags]}. Not a test; it needs no packaged jar.
 */
public final class TriageModelEvalMain {
    private TriageModelEvalMain() {
    }

    static Triage rules() {
        try (InputStream in = Triage.class.getClassLoader().getResourceAsStream(Triage.DEFAULT_RULES)) {
            if (in == null) {
                throw new IllegalStateException(Triage.DEFAULT_RULES + " is not on the classpath");
            }
            Map<String, Object> tree = new Yaml().load(in);
            return Triage.fromTrees(List.of(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean rulesOnly = rest.remove("--rules-only");
        Triage t = rules();
        if (!rulesOnly) {
            t = t.withModel(MiniLmSentenceModel.load());
        }
        System.exit(TriageCli.eval(t, rest, System.in, System.out, System.err));
    }
}
