package org.cleartrade.core.session;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How long each phase may last before the seller counts as gone (or the device as hung), and the
 * other durations of a session. Immutable.
 *
 * @param timeouts per phase; a phase without an entry never times out. The {@link Phase#DEPOSIT}
 *     entry is the seller's countdown at the bin, shown on screen and started again by "More time"
 * @param eraseVerifyTimeout how long the dock waits for the phone to come back after the reset
 * @param voucherValidity how long a payout voucher can be redeemed
 * @param pollInterval how often the runner reads the dock and the bin while a phase watches them
 * @param latchKeepOpen how often the session tells an open bin's latch to stay unlocked while the
 *     seller's countdown runs; shorter than the controller's own relock time (30 s by default, see
 *     docs/protocols/latch-modbus.md), which is then only the safety net for a kiosk that died
 */
public record SessionSettings(
        Map<Phase, Duration> timeouts,
        Duration eraseVerifyTimeout,
        Duration voucherValidity,
        Duration pollInterval,
        Duration latchKeepOpen) {

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
        if (latchKeepOpen.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("latchKeepOpen must be at least 1 s, was " + latchKeepOpen);
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
            Phase.CERTIFICATE_ON_SCREEN,
            Phase.VOUCHER_ON_SCREEN,
            Phase.CANCELLING_DEPOSIT
        }) {
            t.put(p, seller);
        }
        t.put(Phase.CHECKLIST, Duration.ofMinutes(10));
        t.put(Phase.RETURNING_PHONE, Duration.ofMinutes(5));
        t.put(Phase.INSPECTING, Duration.ofMinutes(2));
        t.put(Phase.ERASING, Duration.ofMinutes(2));
        t.put(Phase.VERIFYING_ERASE, Duration.ofMinutes(6));
        t.put(Phase.DEPOSIT, Duration.ofMinutes(2));
        return new SessionSettings(
                t, Duration.ofMinutes(5), Duration.ofDays(30), Duration.ofMillis(250), Duration.ofSeconds(20));
    }

    public Optional<Duration> timeout(Phase phase) {
        return Optional.ofNullable(timeouts.get(phase));
    }

    /** A copy with one phase's timeout replaced. */
    public SessionSettings withTimeout(Phase phase, Duration timeout) {
        Map<Phase, Duration> t = new EnumMap<>(Phase.class);
        t.putAll(timeouts);
        t.put(phase, timeout);
        return new SessionSettings(t, eraseVerifyTimeout, voucherValidity, pollInterval, latchKeepOpen);
    }
}
