package org.oic.diwan.access;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, six
 * digits, what authenticator applications use. A code is accepted for the step before and after
 * (clocks drift), and never for a step at or before the last one accepted (no replay).
 */
final class Totp {

    static final int STEP_SECONDS = 30;
    private static final int DIGITS = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    /** A new secret, Base32 as authenticator applications take it. */
    static String newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The {@code otpauth://} address an authenticator application reads (typed or from a QR code). */
    static String uri(String secret, String account) {
        String label = java.net.URLEncoder.encode("Diwan:" + account, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Diwan&digits=6&period=30";
    }

    static long step(Instant at) {
        return at.getEpochSecond() / STEP_SECONDS;
    }

    /** The code of a step, {@code digits} long (six in use; the RFC's test vectors use eight). */
    static String code(byte[] key, long step, int digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            int modulo = (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", binary % modulo);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String code(String secret, long step) {
        return code(new Base32().decode(secret), step, DIGITS);
    }

    /**
     * The step a code is good for, if it is good now and newer than the last step accepted.
     *
     * @param lastStep the last step accepted for this secret, or -1
     */
    static OptionalLong accept(String secret, String typed, Instant now, long lastStep) {
        if (typed == null || !typed.strip().matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastStep && java.security.MessageDigest.isEqual(code(secret, step).getBytes(), typed.strip().getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}
