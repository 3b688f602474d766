package org.peerbot.adapter.telegram;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TelegramSettingsTest {

    static final String TOKEN = "123456:ABC-def_GHI";

    @Test
    void defaultsTheApiUrlAndKeepsSecretsOutOfToString() {
        TelegramSettings s = new TelegramSettings(TOKEN, null, " -1001234 ", true, "abc_DEF-1");

        assertThat(s.apiUrl()).isEqualTo("https://api.telegram.org");
        assertThat(s.volunteerChatId()).isEqualTo("-1001234");
        assertThat(s.botId()).isEqualTo("123456");
        assertThat(s.toString()).doesNotContain("ABC-def_GHI", "abc_DEF-1").contains("123456");
    }

    @Test
    void acceptsALocalFakeUrlWithAPort() {
        assertThat(new TelegramSettings(TOKEN, "http://127.0.0.1:8081/", null, false, null).apiUri().getPort())
                .isEqualTo(8081);
    }

    @Test
    void badTokenNamesTheKeyButNotTheToken() {
        assertThatThrownBy(() -> new TelegramSettings("not-a-token", null, null, false, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("peerbot.telegram.token").hasMessageNotContaining("not-a-token");
        assertThatThrownBy(() -> new TelegramSettings(" ", null, null, false, null))
                .hasMessageContaining("peerbot.telegram.token");
        assertThatThrownBy(() -> new TelegramSettings("12:ab cd", null, null, false, null))
                .hasMessageContaining("peerbot.telegram.token");
    }

    @Test
    void badApiUrlNamesTheKey() {
        for (String url : new String[]{"api.telegram.org", "ftp://api.telegram.org", "http://", "https://x.org/bot",
                "http://x.org:99?q=1", "ht tp://x"}) {
            assertThatThrownBy(() -> new TelegramSettings(TOKEN, url, null, false, null))
                    .as(url).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("peerbot.telegram.api-url");
        }
    }

    @Test
    void badVolunteerChatNamesTheKey() {
        assertThatThrownBy(() -> new TelegramSettings(TOKEN, null, "@volunteers", false, null))
                .hasMessageContaining("peerbot.telegram.volunteer-chat-id");
    }

    @Test
    void webhookModeNeedsAWellFormedSecret() {
        assertThatThrownBy(() -> new TelegramSettings(TOKEN, null, null, true, null))
                .hasMessageContaining("peerbot.telegram.webhook-secret");
        assertThatThrownBy(() -> new TelegramSettings(TOKEN, null, null, true, "has space"))
                .hasMessageContaining("peerbot.telegram.webhook-secret");
        assertThatThrownBy(() -> new TelegramSettings(TOKEN, null, null, true, "x".repeat(257)))
                .hasMessageContaining("peerbot.telegram.webhook-secret");
    }
}
