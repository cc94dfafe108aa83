package org.cleartrade.core.session;

import java.time.Duration;

/** Signs the single-use payout voucher of a session whose phone is locked in a bin. */
@FunctionalInterface
public interface VoucherSigner {

    /** @param snapshot a session in {@link Phase#ISSUING_VOUCHER} */
    SessionEvent.VoucherReady sign(SessionSnapshot snapshot, Duration validity);
}
