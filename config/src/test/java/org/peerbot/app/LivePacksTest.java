package org.peerbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerbot.core.model.Category;
import org.peerbot.core.model.CrisisKind;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code /reload}: the organiser's files are read again and swapped in whole, or not at all. */
class LivePacksTest {

    @TempDir
    Path dir;

    private Path prompts;
    private Path rules;
    private Path directory;

    /** The organiser's three files as they are at start: one sentence, no extra rules, the shipped uk pack. */
    private LivePacks startingPacks() throws Exception {
        prompts = Files.writeString(dir.resolve("prompts.yaml"), "thanks: \"Thank you for saying so.\"\n");
        rules = Files.writeString(dir.resolve("rules.yaml"), "rules: []\n");
        directory = Files.writeString(dir.resolve("uk.yaml"), new String(getClass().getClassLoader()
                .getResourceAsStream("peerbot/directory/uk.yaml").readAllBytes()));
        return packs(prompts, rules, directory);
    }

    private LivePacks packs(Path prompts, Path rules, Path directory) {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource(Map.of(
                "peerbot.wording.prompts[0]", prompts.toString(),
                "peerbot.wording.rules[0]", rules.toString(),
                "peerbot.wording.directory", directory.toString()));
        return new LivePacks(new Binder(source).bindOrCreate("peerbot", PeerBotProperties.class));
    }

    @Test
    void reloadSwapsWordingRulesAndDirectoryWhileRunning() throws Exception {
        LivePacks packs = startingPacks();
        assertThat(packs.prompts().text("thanks")).isEqualTo("Thank you for saying so.");
        assertThat(packs.classify("my tortoise is glorbing").category()).isEqualTo(Category.SHARING);
        assertThat(packs.directory().crisisLines(CrisisKind.SELF_HARM, Instant.now()))
                .noneMatch(s -> s.name().equals("Our Own Line"));

        Files.writeString(prompts, "thanks: \"Thanks. I'm still here.\"\n");
        Files.writeString(rules, """
                rules:
                  - id: org.glorb
                    category: crisis
                    kind: self_harm
                    match: ["glorbing"]
                """);
        Files.writeString(directory, Files.readString(directory).replace("name: Samaritans",
                "name: Our Own Line"));
        assertThat(packs.reload().region()).isEqualTo("uk");

        assertThat(packs.prompts().text("thanks")).isEqualTo("Thanks. I'm still here.");
        assertThat(packs.classify("my tortoise is glorbing").category()).isEqualTo(Category.CRISIS);
        assertThat(packs.directory().crisisLines(CrisisKind.SELF_HARM, Instant.now()))
                .anyMatch(s -> s.name().equals("Our Own Line"));
    }

    @Test
    void aBrokenFileChangesNothingAndSaysWhatToFix() throws Exception {
        LivePacks packs = startingPacks();

        Files.writeString(prompts, "thanks: \"Changed.\"\n");
        Files.writeString(rules, """
                rules:
                  - id: org.broken
                    category: worry
                    match: ["x"]
                """);
        assertThatThrownBy(packs::reload).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rules.yaml, line 3").hasMessageContaining("org.broken");
        assertThat(packs.prompts().text("thanks")).as("wording is not half-swapped")
                .isEqualTo("Thank you for saying so.");
    }

    @Test
    void reloadTakesAWordAddedToAShippedList() throws Exception {
        LivePacks packs = startingPacks();
        String question = "would 30 zorbanol be enough";
        assertThat(packs.classify(question).category()).isNotEqualTo(Category.CRISIS);

        Files.writeString(rules, """
                lists:
                  medicines: [zorbanol]
                """);
        packs.reload();

        assertThat(packs.classify(question).category()).isEqualTo(Category.CRISIS);
    }
}
