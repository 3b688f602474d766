package org.peerbot.core.triage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.testing.TestPacks;

/** Prints the triage of each line of a file, for rule authors (-Dtriage.probe=FILE; writes FILE.out). */
@EnabledIfSystemProperty(named = "triage.probe", matches = ".+")
class TriageProbe {
    @Test
    void print() throws Exception {
        Triage triage = Triage.fromTrees(List.of(TestPacks.tree(Triage.DEFAULT_RULES)));
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(Path.of(System.getProperty("triage.probe")))) {
            TriageResult r = triage.classify(line);
            out.append(r.category().id()).append(r.kind() == null ? "" : "/" + r.kind().id()).append(' ')
                    .append(r.rules()).append(' ').append(r.signals()).append(" | ").append(line).append(" | ").append(triage.normalise(line)).append('\n');
        }
        Files.writeString(Path.of(System.getProperty("triage.probe") + ".out"), out.toString());
    }
}
