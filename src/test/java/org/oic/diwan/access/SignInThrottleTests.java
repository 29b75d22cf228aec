package org.oic.diwan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Guessing is slowed down per account and address, and per address; nobody else is locked out. */
class SignInThrottleTests {

    private Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void fiveFailuresPauseThatAddressForThatAccountOnly() {
        for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES; i++) {
            assertThat(throttle.wait("amina", "10.0.0.66")).isZero();
            throttle.failed("amina", "10.0.0.66");
        }
        assertThat(throttle.wait("amina", "10.0.0.66")).isPositive();
        assertThat(throttle.wait("amina", "10.0.0.7")).as("the owner, elsewhere").isZero();
        assertThat(throttle.wait("omar", "10.0.0.66")).as("another account from there").isZero();
        now = now.plus(Duration.ofMinutes(16));
        assertThat(throttle.wait("amina", "10.0.0.66")).isZero();
    }

    @Test
    void pausesGrowWithFurtherFailures() {
        for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES; i++) {
            throttle.failed("amina", "10.0.0.66");
        }
        Duration first = throttle.wait("amina", "10.0.0.66");
        throttle.failed("amina", "10.0.0.66");
        assertThat(throttle.wait("amina", "10.0.0.66")).isGreaterThan(first);
    }

    @Test
    void anAddressSprayingManyAccountsIsPaused() {
        for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
            throttle.failed("user" + i, "10.0.0.99");
        }
        assertThat(throttle.wait("somebody-else", "10.0.0.99")).isPositive();
        assertThat(throttle.wait("somebody-else", "10.0.0.1")).isZero();
    }

    @Test
    void aSuccessClearsTheAccountsCount() {
        for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES - 1; i++) {
            throttle.failed("amina", "10.0.0.66");
        }
        throttle.succeeded("amina", "10.0.0.66");
        throttle.failed("amina", "10.0.0.66");
        assertThat(throttle.wait("amina", "10.0.0.66")).isZero();
    }
}
