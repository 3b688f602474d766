package org.peerbot.core.conversation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.peerbot.core.testing.TestPacks;
import org.peerbot.core.triage.Triage;

/**
 * Prints what Understanding reads in each line of a file (-Drprobe=FILE; written to FILE.out), for looking at why a
 * reply came out as it did. Never runs in the build.
 */
@EnabledIfSystemProperty(named = "rprobe", matches = ".+")
class ReadingProbe {
    @Test
    void print() throws Exception {
        Triage triage = Triage.fromTrees(List.of(TestPacks.tree(Triage.DEFAULT_RULES)));
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(Path.of(System.getProperty("rprobe")))) {
            if (line.isBlank()) continue;
            out.append(line).append("\n  ").append(Understanding.english().read(line, triage.classify(line))).append('\n');
        }
        Files.writeString(Path.of(System.getProperty("rprobe") + ".out"), out.toString());
    }
}
