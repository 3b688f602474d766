package org.peerbot.adapter.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * What the Telegram adapter needs to run. Every check names the {@code peerbot.telegram.*} key to fix,
 * so a misconfigured deployment fails at start with a sentence an organiser can act on.
 *
 * @param token           the bot token from BotFather ({@code 123456:ABC-def...})
 * @param apiUrl          the Bot API base URL, scheme, host and optional port only; default Telegram's
 * @param volunteerChatId the volunteers' group (numeric chat id such as {@code -1001234567890}); may be null
 * @param webhook         true to receive updates by webhook instead of long polling
 * @param webhookSecret   the secret Telegram echoes in {@code X-Telegram-Bot-Api-Secret-Token}; required in
 *                        webhook mode (1-256 of {@code A-Z a-z 0-9 _ -})
 */
public record TelegramSettings(String token, String apiUrl, String volunteerChatId, boolean webhook,
                               String webhookSecret) {

    public static final String DEFAULT_API_URL = "https://api.telegram.org";

    private static final Pattern TOKEN = Pattern.compile("\\d{1,20}:[A-Za-z0-9_-]{1,200}");
    private static final Pattern CHAT_ID = Pattern.compile("-?\\d{1,20}");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    public TelegramSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("peerbot.telegram.token is empty: set it to the token BotFather gave");
        }
        token = token.strip();
        if (!TOKEN.matcher(token).matches()) {
            // Never echo the token itself: it is a secret.
            throw new IllegalArgumentException(
                    "peerbot.telegram.token does not look like a bot token (digits, a colon, then letters, digits, _ or -)");
        }
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.strip();
        checkApiUrl(apiUrl);
        volunteerChatId = volunteerChatId == null || volunteerChatId.isBlank() ? null : volunteerChatId.strip();
        if (volunteerChatId != null && !CHAT_ID.matcher(volunteerChatId).matches()) {
            throw new IllegalArgumentException("peerbot.telegram.volunteer-chat-id must be a numeric chat id such as"
                    + " -1001234567890, not '" + volunteerChatId + "'");
        }
        webhookSecret = webhookSecret == null || webhookSecret.isBlank() ? null : webhookSecret.strip();
        if (webhook && webhookSecret == null) {
            throw new IllegalArgumentException(
                    "peerbot.telegram.webhook-secret is required in webhook mode (1-256 of A-Z, a-z, 0-9, _ and -)");
        }
        if (webhookSecret != null && !SECRET.matcher(webhookSecret).matches()) {
            throw new IllegalArgumentException(
                    "peerbot.telegram.webhook-secret may hold only A-Z, a-z, 0-9, _ and -, 1 to 256 of them");
        }
    }

    /** Long polling with Telegram's default API URL. */
    public static TelegramSettings polling(String token, String volunteerChatId) {
        return new TelegramSettings(token, null, volunteerChatId, false, null);
    }

    /** The bot's numeric id, the part of the token before the colon. */
    public String botId() {
        return token.substring(0, token.indexOf(':'));
    }

    URI apiUri() {
        return URI.create(apiUrl);
    }

    private static void checkApiUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("peerbot.telegram.api-url is not a URL: '" + url + "'");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "peerbot.telegram.api-url must be an http(s) URL with a host, such as " + DEFAULT_API_URL
                            + ", not '" + url + "'");
        }
        // TelegramBots takes scheme, host and port only: a path would be silently dropped.
        if ((uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/"))
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("peerbot.telegram.api-url must not have a path or query (the adapter"
                    + " adds /bot<token>/<method>): use scheme, host and port only, not '" + url + "'");
        }
    }

    /** Keeps the token and the webhook secret out of logs and exception messages. */
    @Override
    public String toString() {
        return "TelegramSettings[botId=" + botId() + ", apiUrl=" + apiUrl + ", volunteerChatId=" + volunteerChatId
                + ", webhook=" + webhook + ", webhookSecret=" + (webhookSecret == null ? "unset" : "***") + "]";
    }
}
