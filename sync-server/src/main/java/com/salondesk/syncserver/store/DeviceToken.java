package com.salondesk.syncserver.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Device tokens: 256 random bits, base64url without padding (43 characters). Only their SHA-256 is stored;
 * a plain hash is enough because the token has full entropy (nothing to guess from a dictionary).
 */
public final class DeviceToken {

    public static final int RANDOM_BYTES = 32;
    public static final int MIN_LENGTH = 43;

    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceToken() {
    }

    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** True when the text could be a token at all (length and alphabet); says nothing about whether it is enrolled. */
    public static boolean isWellFormed(String token) {
        return token != null && token.length() >= MIN_LENGTH && token.length() <= 512
                && token.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                        || (c >= '0' && c <= '9') || c == '-' || c == '_');
    }
}
