package org.oic.diwan.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a guesser lock anybody out: failures are counted
 * per account *and address* (five, then a pause that doubles up to a quarter of an hour) and per
 * address (a hundred in a quarter of an hour). The account's owner, from elsewhere, still signs in.
 */
@Component
class SignInThrottle {

    static final int ACCOUNT_FAILURES = 5;
    static final int ADDRESS_FAILURES = 100;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Failures> byAccountAndAddress = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    private static final class Failures {
        int count;
        Instant first;
        Instant blockedUntil = Instant.MIN;
    }

    /** Whether an attempt may be made now; when not, for how long it must wait. */
    Duration wait(String username, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (Failures f : new Failures[] {byAccountAndAddress.get(key(username, address)), byAddress.get(String.valueOf(address))}) {
            if (f != null && f.blockedUntil.isAfter(now)) {
                Duration left = Duration.between(now, f.blockedUntil);
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        Failures account = byAccountAndAddress.computeIfAbsent(key(username, address), k -> new Failures());
        synchronized (account) {
            count(account, now);
            if (account.count >= ACCOUNT_FAILURES) {
                long seconds = Math.min(WINDOW.toSeconds(), 30L << Math.min(10, account.count - ACCOUNT_FAILURES));
                account.blockedUntil = now.plusSeconds(seconds);
            }
        }
        Failures fromAddress = byAddress.computeIfAbsent(String.valueOf(address), k -> new Failures());
        synchronized (fromAddress) {
            count(fromAddress, now);
            if (fromAddress.count >= ADDRESS_FAILURES) {
                fromAddress.blockedUntil = fromAddress.first.plus(WINDOW);
            }
        }
    }

    void succeeded(String username, String address) {
        byAccountAndAddress.remove(key(username, address));
    }

    private static void count(Failures f, Instant now) {
        if (f.first == null || f.first.plus(WINDOW).isBefore(now)) {
            f.first = now;
            f.count = 0;
        }
        f.count++;
    }

    private static String key(String username, String address) {
        return String.valueOf(username).toLowerCase(java.util.Locale.ROOT) + "|" + address;
    }
}
