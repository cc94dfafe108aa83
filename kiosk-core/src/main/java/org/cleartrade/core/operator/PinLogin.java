package org.cleartrade.core.operator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks an operator id and PIN with lockout. An unknown id costs the same hash as a known one and
 * is throttled the same way, so the pad reveals neither which ids exist nor which PINs are close.
 *
 * <p>Each attempt is charged before its PIN is checked: one atomic update of the id's sign-in
 * state counts it as a failure (or finds the id locked), and only a right PIN takes the charge
 * back. Guesses sent in parallel therefore count one by one, and once the id locks, the rest are
 * refused unchecked. Above the ids, the {@link PinPadThrottle} limits how many wrong PINs this
 * kiosk's pad takes in a while, whoever they are typed for.
 *
 * <p>Threading: safe for concurrent use.
 */
public final class PinLogin {

    /** The outcome of one attempt. */
    public sealed interface Result {
        record Granted(OperatorAccount account) implements Result {}

        /** Wrong id or PIN; {@code attemptsLeft} before the pad locks. */
        record Refused(int attemptsLeft) implements Result {}

        /** Too many failures: sign-in is refused until {@code until}, right PIN or not. */
        record LockedOut(Instant until) implements Result {}

        /** Too many wrong PINs at this kiosk, for any ids: the pad takes none until {@code until}. */
        record PadPaused(Instant until) implements Result {}
    }

    private final OperatorAccounts accounts;
    private final Pbkdf2PinHasher hasher;
    private final LockoutPolicy policy;
    private final PinPadThrottle pad;
    private final Clock clock;
    private final PinHash decoy;

    public PinLogin(OperatorAccounts accounts, Pbkdf2PinHasher hasher, LockoutPolicy policy, Clock clock) {
        this(accounts, hasher, policy, PinPadThrottle.standard(), clock);
    }

    public PinLogin(
            OperatorAccounts accounts, Pbkdf2PinHasher hasher, LockoutPolicy policy, PinPadThrottle pad, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.policy = policy;
        this.pad = pad;
        this.clock = clock;
        this.decoy = hasher.hash(randomPin());
    }

    /** Checks the PIN, then wipes it. */
    public Result attempt(String operatorId, char[] pin) {
        try {
            if (operatorId == null || !operatorId.matches(OperatorAccount.ID_PATTERN)) {
                return new Result.Refused(policy.attemptsLeft(LoginState.CLEAN));
            }
            Instant now = clock.instant();
            Optional<Instant> paused = pad.pausedUntil(now);
            if (paused.isPresent()) {
                return new Result.PadPaused(paused.get());
            }
            LoginState[] before = new LoginState[1];
            LoginState charged = accounts.updateLoginState(operatorId, state -> {
                before[0] = state;
                return state.lockedAt(now) ? state : policy.afterFailure(state, now);
            });
            if (before[0].lockedAt(now)) {
                return new Result.LockedOut(before[0].lockedUntil().orElseThrow());
            }
            Optional<OperatorAccount> account = accounts.find(operatorId);
            boolean ok = wellFormed(pin)
                    && hasher.matches(pin, account.map(OperatorAccount::pin).orElse(decoy));
            if (ok && account.isPresent()) {
                accounts.saveLoginState(operatorId, LoginState.CLEAN);
                pad.succeeded();
                return new Result.Granted(account.get());
            }
            pad.failed(now);
            return charged.lockedAt(now)
                    ? new Result.LockedOut(charged.lockedUntil().orElseThrow())
                    : new Result.Refused(policy.attemptsLeft(charged));
        } finally {
            Pbkdf2PinHasher.wipe(pin);
        }
    }

    private static boolean wellFormed(char[] pin) {
        try {
            Pbkdf2PinHasher.requireWellFormed(pin);
            return true;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static char[] randomPin() {
        SecureRandom random = new SecureRandom();
        char[] pin = new char[Pbkdf2PinHasher.MAX_PIN_LENGTH];
        for (int i = 0; i < pin.length; i++) {
            pin[i] = (char) ('0' + random.nextInt(10));
        }
        return pin;
    }
}
