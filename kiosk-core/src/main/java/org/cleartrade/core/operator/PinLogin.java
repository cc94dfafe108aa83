package org.cleartrade.core.operator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks an operator id and PIN with lockout. An unknown id costs the same hash as a known one and
 * is throttled the same way, so the pad reveals neither which ids exist nor which PINs are close.
 */
public final class PinLogin {

    /** The outcome of one attempt. */
    public sealed interface Result {
        record Granted(OperatorAccount account) implements Result {}

        /** Wrong id or PIN; {@code attemptsLeft} before the pad locks. */
        record Refused(int attemptsLeft) implements Result {}

        /** Too many failures: sign-in is refused until {@code until}, right PIN or not. */
        record LockedOut(Instant until) implements Result {}
    }

    private final OperatorAccounts accounts;
    private final Pbkdf2PinHasher hasher;
    private final LockoutPolicy policy;
    private final Clock clock;
    private final PinHash decoy;

    public PinLogin(OperatorAccounts accounts, Pbkdf2PinHasher hasher, LockoutPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.policy = policy;
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
            LoginState state = accounts.loginState(operatorId);
            if (state.lockedAt(now)) {
                return new Result.LockedOut(state.lockedUntil().orElseThrow());
            }
            Optional<OperatorAccount> account = accounts.find(operatorId);
            boolean ok = wellFormed(pin)
                    && hasher.matches(pin, account.map(OperatorAccount::pin).orElse(decoy));
            if (ok && account.isPresent()) {
                accounts.saveLoginState(operatorId, LoginState.CLEAN);
                return new Result.Granted(account.get());
            }
            LoginState after = policy.afterFailure(state, now);
            accounts.saveLoginState(operatorId, after);
            return after.lockedAt(now)
                    ? new Result.LockedOut(after.lockedUntil().orElseThrow())
                    : new Result.Refused(policy.attemptsLeft(after));
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
