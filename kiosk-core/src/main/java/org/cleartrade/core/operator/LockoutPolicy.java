package org.cleartrade.core.operator;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Back-off after failed PINs: the first {@code freeAttempts} failures cost nothing; each further
 * failure locks sign-in for {@code firstLock}, doubling up to {@code longestLock}.
 *
 * <p>With the defaults (3, 30 s, 15 min) a six-digit PIN takes years to guess at the kiosk.
 */
public record LockoutPolicy(int freeAttempts, Duration firstLock, Duration longestLock) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(15));

    public LockoutPolicy {
        if (freeAttempts < 1) {
            throw new IllegalArgumentException("freeAttempts must be at least 1, was " + freeAttempts);
        }
        if (firstLock.isNegative() || firstLock.isZero() || longestLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("need 0 < firstLock <= longestLock");
        }
    }

    public LoginState afterFailure(LoginState before, Instant now) {
        int failures = before.consecutiveFailures() + 1;
        if (failures < freeAttempts) {
            return new LoginState(failures, Optional.empty());
        }
        int doublings = Math.min(failures - freeAttempts, 20);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        if (lock.compareTo(longestLock) > 0) {
            lock = longestLock;
        }
        return new LoginState(failures, Optional.of(now.plus(lock)));
    }

    /** Attempts left before the next failure locks sign-in; zero once locking has begun. */
    public int attemptsLeft(LoginState state) {
        return Math.max(0, freeAttempts - 1 - state.consecutiveFailures());
    }
}
