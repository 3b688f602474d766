package org.peerbot.adapter.discord;

import java.net.URI;

/**
 * What the Discord adapter needs, validated at construction: every failure names the
 * {@code peerbot.discord.*} key to fix and never echoes the token.
 *
 * @param token              bot token ({@code peerbot.discord.token})
 * @param restUrl            REST base ending in {@code /} (default {@code https://discord.com/api/v10/}); tests use a fake
 * @param gatewayUrl         gateway WebSocket URL (default {@code wss://gateway.discord.gg})
 * @param guildId            the one server the bot serves; events from other servers are ignored
 * @param volunteerChannelId the volunteers' channel: handoff cards and private handoff threads live here
 * @param volunteerRoleId    the role that marks volunteers (optional: null or blank means "ask the roster only")
 * @param welcome            whether to report members joining (needs the privileged GUILD_MEMBERS intent)
 */
public record DiscordSettings(String token, String restUrl, String gatewayUrl, String guildId,
                              String volunteerChannelId, String volunteerRoleId, boolean welcome) {

    public static final String DEFAULT_REST_URL = "https://discord.com/api/v10/";
    public static final String DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg";

    public DiscordSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("peerbot.discord.token must be set to the bot token");
        }
        if (token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("peerbot.discord.token must not contain spaces or line breaks");
        }
        restUrl = blank(restUrl) ? DEFAULT_REST_URL : restUrl.trim();
        if (!restUrl.endsWith("/")) {
            restUrl = restUrl + "/";
        }
        checkUrl(restUrl, "peerbot.discord.rest-url", "http", "https");
        gatewayUrl = blank(gatewayUrl) ? DEFAULT_GATEWAY_URL : gatewayUrl.trim();
        checkUrl(gatewayUrl, "peerbot.discord.gateway-url", "ws", "wss");
        guildId = snowflake(guildId, "peerbot.discord.guild-id", true);
        volunteerChannelId = snowflake(volunteerChannelId, "peerbot.discord.volunteer-channel-id", true);
        volunteerRoleId = snowflake(volunteerRoleId, "peerbot.discord.volunteer-role-id", false);
    }

    /** Production endpoints. */
    public static DiscordSettings of(String token, String guildId, String volunteerChannelId, String volunteerRoleId,
                                     boolean welcome) {
        return new DiscordSettings(token, null, null, guildId, volunteerChannelId, volunteerRoleId, welcome);
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "DiscordSettings[restUrl=" + restUrl + ", gatewayUrl=" + gatewayUrl + ", guildId=" + guildId
                + ", volunteerChannelId=" + volunteerChannelId + ", volunteerRoleId=" + volunteerRoleId
                + ", welcome=" + welcome + "]";
    }

    boolean hasVolunteerRole() {
        return volunteerRoleId != null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String snowflake(String value, String key, boolean required) {
        if (blank(value)) {
            if (required) {
                throw new IllegalArgumentException(key + " must be set (a Discord id: enable Developer Mode, "
                        + "right-click, Copy ID)");
            }
            return null;
        }
        String v = value.trim();
        if (!v.matches("[0-9]{1,20}")) {
            throw new IllegalArgumentException(key + " must be a numeric Discord id");
        }
        try {
            Long.parseUnsignedLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a numeric Discord id", e);
        }
        return v;
    }

    private static void checkUrl(String url, String key, String... schemes) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " is not a valid URL", e);
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException(key + " must be an absolute URL");
        }
        for (String s : schemes) {
            if (s.equalsIgnoreCase(uri.getScheme())) {
                return;
            }
        }
        throw new IllegalArgumentException(key + " must use " + String.join(" or ", schemes));
    }
}
