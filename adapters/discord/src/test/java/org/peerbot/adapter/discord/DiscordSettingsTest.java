package org.peerbot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

    @Test
    void defaultsAndNoTokenInToString() {
        DiscordSettings s = DiscordSettings.of("abc.def", "1", "2", null, false);
        assertThat(s.restUrl()).isEqualTo(DiscordSettings.DEFAULT_REST_URL);
        assertThat(s.gatewayUrl()).isEqualTo(DiscordSettings.DEFAULT_GATEWAY_URL);
        assertThat(s.volunteerRoleId()).isNull();
        assertThat(s.toString()).doesNotContain("abc.def");
    }

    @Test
    void errorsNameTheKeyToFix() {
        assertThatThrownBy(() -> DiscordSettings.of(" ", "1", "2", null, false))
                .hasMessageContaining("peerbot.discord.token");
        assertThatThrownBy(() -> DiscordSettings.of("t", "", "2", null, false))
                .hasMessageContaining("peerbot.discord.guild-id");
        assertThatThrownBy(() -> DiscordSettings.of("t", "1", "#volunteers", null, false))
                .hasMessageContaining("peerbot.discord.volunteer-channel-id");
        assertThatThrownBy(() -> DiscordSettings.of("t", "1", "2", "Volunteers", false))
                .hasMessageContaining("peerbot.discord.volunteer-role-id");
        assertThatThrownBy(() -> new DiscordSettings("t", "ftp://x/", null, "1", "2", null, false))
                .hasMessageContaining("peerbot.discord.rest-url");
        assertThatThrownBy(() -> new DiscordSettings("t", null, "http://x", "1", "2", null, false))
                .hasMessageContaining("peerbot.discord.gateway-url");
    }

    @Test
    void restUrlGetsTrailingSlash() {
        assertThat(new DiscordSettings("t", "http://127.0.0.1:9/api/v10", null, "1", "2", "3", true).restUrl())
                .isEqualTo("http://127.0.0.1:9/api/v10/");
    }

    @Test
    void splitPrefersParagraphsAndNeverExceedsTheLimit() {
        String text = "a".repeat(1500) + "\n\n" + "b".repeat(1500);
        List<String> parts = Render.split(text, 2000);
        assertThat(parts).containsExactly("a".repeat(1500), "b".repeat(1500));
        List<String> hard = Render.split("\\*".repeat(1500), 2000);
        assertThat(hard).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(2000));
        assertThat(hard.get(0)).doesNotEndWith("\\");
        assertThat(String.join("", hard)).isEqualTo("\\*".repeat(1500));
        assertThat(Render.split("", 2000)).containsExactly("");
    }

    @Test
    void escapeKeepsTextVisibleAndDefusesEveryone() {
        assertThat(Render.escape("**bold** @everyone @here")).isEqualTo("\\*\\*bold\\*\\* @\u200beveryone @\u200bhere");
    }

    @Test
    void atMostFiveButtonsPerRow() {
        List<org.peerbot.core.model.Action> seven = java.util.stream.IntStream.range(0, 7)
                .mapToObj(i -> new org.peerbot.core.model.Action("L" + i, "d" + i)).toList();
        assertThat(Render.rows(seven)).hasSize(2);
        assertThat(Render.rows(seven).get(0).getComponents()).hasSize(5);
    }
}
