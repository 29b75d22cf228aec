package org.oic.diwan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

/** TOTP as RFC 6238 defines it (its SHA-1 test vectors), a window of one step, and no replay. */
class TotpTests {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theRfcTestVectors() {
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(59)), 8)).isEqualTo("94287082");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109)), 8)).isEqualTo("07081804");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1234567890)), 8)).isEqualTo("89005924");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(20000000000L)), 8)).isEqualTo("65353130");
    }

    @Test
    void aCodeIsGoodForItsStepAndTheNeighboursOnceOnly() {
        String secret = new Base32().encodeToString(RFC_KEY).replace("=", "");
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        String code = Totp.code(secret, step);
        assertThat(Totp.accept(secret, code, now, -1)).hasValue(step);
        assertThat(Totp.accept(secret, code, now.plusSeconds(30), -1)).as("one step late").hasValue(step);
        assertThat(Totp.accept(secret, code, now.plusSeconds(90), -1)).as("three steps late").isEmpty();
        assertThat(Totp.accept(secret, code, now, step)).as("used already").isEmpty();
        assertThat(Totp.accept(secret, "12345", now, -1)).isEmpty();
        assertThat(Totp.accept(secret, null, now, -1)).isEmpty();
    }

    @Test
    void newSecretsAreLongAndDifferent() {
        String a = Totp.newSecret();
        assertThat(new Base32().decode(a)).hasSize(20);
        assertThat(Totp.newSecret()).isNotEqualTo(a);
        assertThat(Totp.uri(a, "amina")).startsWith("otpauth://totp/Diwan%3Aamina?secret=" + a);
    }
}
