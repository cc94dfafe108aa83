package org.cleartrade.core.operator;

import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins since the last success, and until when sign-in is refused. Kept in the ledger so
 * that restarting the kiosk does not reset a lockout.
 */
public record LoginState(int consecutiveFailures, Optional<Instant> lockedUntil) {

    public static final LoginState CLEAN = new LoginState(0, Optional.empty());

    public boolean lockedAt(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }
}
