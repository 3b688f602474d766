package org.peerbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's run command with a scripted conversation piped in, exactly as issue 2's "done when" says. */
class ConsolePipeIT {

    private static final Pattern DOSE = Pattern.compile("(?i)\\b\\d+ ?(mg|ml|units?|tablets?)\\b");

    @TempDir
    Path dataDir;

    @Test
    void aPipedConversationGetsIntroListeningDeflectionAndGoodbye() throws Exception {
        JarRunner.Result r = JarRunner.run("hi\nI've had a rough week\nshould I double my insulin?\nbye\n",
                List.of("--peerbot.data-dir=" + dataDir));

        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.lines()).as("only bot lines on standard output").allMatch(l -> l.startsWith("bot>"));
        String out = r.stdout();
        assertThat(out).contains("I'm a bot").contains("not an emergency service").contains("GP");
        assertThat(out).contains("not a clinician").containsIgnoringCase("pharmacist").contains("NHS 111");
        assertThat(DOSE.matcher(out).find()).isFalse();
        assertThat(r.lines()).last().asString().containsAnyOf("any time", "whenever you like", "Take care");
        assertThat(Files.list(dataDir)).as("the embedded database lives in the data dir").isNotEmpty();
    }

    @Test
    void theConsoleVolunteerSeatRunsAWholeHandoff() throws Exception {
        String script = String.join("\n", "hello", "/talk", "/seat volunteer", "/duty on", "/queue", "/claim",
                "Hi, I'm Sam. How are you doing?", "/seat member", "Not great, thanks for asking",
                "/seat volunteer", "/end", "/seat member", "bye", "/stats", "");
        JarRunner.Result r = JarRunner.run(script, List.of("--peerbot.data-dir=" + dataDir));

        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.lines()).allMatch(l -> l.startsWith("bot>") || l.startsWith("vol>"));
        assertThat(r.stdout()).contains("vol> You are now with").contains("bot> Sam: Hi, I'm Sam")
                .containsPattern("vol> [A-Z][a-z]+ \\d+: Not great, thanks for asking")
                .contains("bot> The volunteer has ended the chat");
        // Whoever sits at the console is the organiser: the week's counts, with no names.
        assertThat(r.stdout()).contains("- Asked for a person: 1 (0 urgent).")
                .contains("- Picked up by a volunteer: 1.").contains("- Chats ended: 1.");
    }
}
