package org.peerbot.adapter.telegram;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * What the Telegram adapter needs. Validated on construction; each message names the
 * {@code peerbot.telegram.*} key to fix.
 */
public record TelegramSettings(String token, String apiUrl, String volunteerChatId) {

    private static final Pattern TOKEN = Pattern.compile("\\d{3,}:[A-Za-z0-9_-]{10,}");

    public TelegramSettings {
        if (token == null || !TOKEN.matcher(token.strip()).matches()) {
            throw new IllegalArgumentException("peerbot.telegram.token does not look like a bot token from BotFather "
                    + "(digits, a colon, then letters and digits)");
        }
        token = token.strip();
        apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://api.telegram.org" : apiUrl.strip();
        URI uri;
        try {
            uri = URI.create(apiUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("peerbot.telegram.api-url is not a URL: " + apiUrl);
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("peerbot.telegram.api-url must be an http(s) URL with a host, "
                    + "such as https://api.telegram.org");
        }
        if (volunteerChatId != null && !volunteerChatId.isBlank() && !volunteerChatId.strip().matches("-?\\d+")) {
            throw new IllegalArgumentException("peerbot.telegram.volunteer-chat-id must be a chat id number, "
                    + "such as -1001234567890");
        }
        volunteerChatId = volunteerChatId == null || volunteerChatId.isBlank() ? null : volunteerChatId.strip();
    }

    URI uri() {
        return URI.create(apiUrl);
    }
}
