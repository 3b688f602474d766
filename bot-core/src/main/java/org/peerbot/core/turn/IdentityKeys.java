package org.peerbot.core.turn;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes (HMAC-SHA256) of platform identities: the only member identifier kept at rest. Without
 * the secret nobody can tell which platform user a stored row belongs to.
 */
public final class IdentityKeys {

    /** Used only by the console demo, which has no platform identities to protect. */
    public static final String DEMO_SECRET = "peerbot-console-demo-secret-not-for-production";

    private final SecretKeySpec key;

    public IdentityKeys(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException(
                    "peerbot.secret must be set to at least 16 characters (it keys the hashes of platform ids)");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 20);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
