package org.cleartrade.core.session;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How long each phase may last before the seller counts as gone (or the device as hung), and the
 * other durations of a session. Immutable.
 *
 * @param timeouts per phase; a phase without an entry never times out
 * @param eraseVerifyTimeout how long the dock waits for the phone to come back after the reset
 * @param voucherValidity how long a payout voucher can be redeemed
 * @param pollInterval how often the runner reads the dock and the bin while a phase watches them
 */
public record SessionSettings(
        Map<Phase, Duration> timeouts, Duration eraseVerifyTimeout, Duration voucherValidity, Duration pollInterval) {

    public SessionSettings {
        timeouts = Map.copyOf(timeouts);
        for (Map.Entry<Phase, Duration> e : timeouts.entrySet()) {
            if (e.getKey().isFinal()
                    || e.getValue().isNegative()
                    || e.getValue().isZero()) {
                throw new IllegalArgumentException("timeout." + e.getKey() + " must be positive on a non-final phase");
            }
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive, was " + pollInterval);
        }
    }

    /** Timeouts sized for a person at a kiosk and for the real devices. */
    public static SessionSettings defaults() {
        Map<Phase, Duration> t = new EnumMap<>(Phase.class);
        Duration seller = Duration.ofMinutes(3);
        Duration device = Duration.ofSeconds(60);
        for (Phase p : Phase.values()) {
            if (!p.isFinal() && p != Phase.ATTRACT) {
                t.put(p, device);
            }
        }
        for (Phase p : new Phase[] {
            Phase.AWAIT_PHONE,
            Phase.REFUSED,
            Phase.CONDITION,
            Phase.OFFER,
            Phase.IDENTITY,
            Phase.CONSENT,
            Phase.DEPOSIT,
            Phase.CANCELLING_DEPOSIT
        }) {
            t.put(p, seller);
        }
        t.put(Phase.CHECKLIST, Duration.ofMinutes(10));
        t.put(Phase.RETURNING_PHONE, Duration.ofMinutes(5));
        t.put(Phase.INSPECTING, Duration.ofMinutes(2));
        t.put(Phase.ERASING, Duration.ofMinutes(2));
        t.put(Phase.VERIFYING_ERASE, Duration.ofMinutes(6));
        return new SessionSettings(t, Duration.ofMinutes(5), Duration.ofDays(30), Duration.ofMillis(250));
    }

    public Optional<Duration> timeout(Phase phase) {
        return Optional.ofNullable(timeouts.get(phase));
    }

    /** A copy with one phase's timeout replaced. */
    public SessionSettings withTimeout(Phase phase, Duration timeout) {
        Map<Phase, Duration> t = new EnumMap<>(Phase.class);
        t.putAll(timeouts);
        t.put(phase, timeout);
        return new SessionSettings(t, eraseVerifyTimeout, voucherValidity, pollInterval);
    }
}
