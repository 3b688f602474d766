package org.peerbot.core.conversation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.peerbot.core.model.ConversationRef;
import org.peerbot.core.testing.Harness;
import org.peerbot.core.testing.TestPacks;
import org.peerbot.core.triage.Triage;

/** Prints transcripts of conversations read from a file, for reading by eye (-Dprobe=FILE; blank line = new chat). */
@EnabledIfSystemProperty(named = "probe", matches = ".+")
class TranscriptProbe {
    @Test
    void print() throws Exception {
        Triage triage = Triage.fromTrees(List.of(TestPacks.tree(Triage.DEFAULT_RULES)));
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("probe")));
        Harness h = Harness.inRegion(triage::classify, System.getProperty("region", "uk"));
        int n = 0;
        ConversationRef chat = Harness.member("p" + n);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                chat = Harness.member("p" + (++n));
                out.append("\n-----\n");
                continue;
            }
            out.append("you> ").append(line).append('\n');
            for (String reply : h.say(chat, line)) {
                out.append("bot> ").append(reply.replace("\n", "\n     ")).append('\n');
            }
            h.clock.advance(java.time.Duration.ofMinutes(1));
        }
        Files.writeString(Path.of(System.getProperty("probe") + ".out"), out.toString());
    }
}
