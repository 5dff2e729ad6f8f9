package firedrill.app.drill.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Join codes, tokens and their hashes, from {@link SecureRandom}. */
public final class Secrets {
    /** No 0/O, 1/I/L: a code read off a projector is typed right first time. */
    private static final char[] CODE = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    public static final int CODE_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** A join code: {@value #CODE_LENGTH} characters from a 31-letter alphabet (about 40 bits). */
    public static String joinCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            b.append(CODE[RANDOM.nextInt(CODE.length)]);
        }
        return b.toString();
    }

    /** A bearer token: 256 random bits, hex. */
    public static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Compares in time independent of where the strings differ. */
    static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8));
    }
}
