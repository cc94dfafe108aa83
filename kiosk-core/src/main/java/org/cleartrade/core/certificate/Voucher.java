package org.cleartrade.core.certificate;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.pricing.quote.Money;

/**
 * A single-use payout voucher, printed once the phone is locked in its bin.
 *
 * @param voucherId 32 lowercase hex digits (128 random bits); a cashier redeems each id once
 * @param tradeId the trade it pays for
 * @param amount the payout, in minor units of its currency
 * @param issuedAt when it was printed, to the second
 * @param expiresAt after this instant the voucher is refused, to the second
 * @param kioskId the kiosk that issued it
 */
public record Voucher(
        String voucherId, String tradeId, Money amount, Instant issuedAt, Instant expiresAt, String kioskId)
        implements PayloadContent {

    public Voucher {
        Objects.requireNonNull(voucherId, "voucherId");
        if (!voucherId.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("voucher id must be 32 lowercase hex digits");
        }
        ErasureCertificate.requireTradeId(tradeId);
        Objects.requireNonNull(amount, "amount");
        if (amount.minorUnits() <= 0) {
            throw new IllegalArgumentException("voucher amount must be positive, was " + amount.minorUnits());
        }
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (issuedAt.getNano() != 0 || expiresAt.getNano() != 0) {
            throw new IllegalArgumentException("voucher times must be whole seconds");
        }
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("voucher expires at " + expiresAt + ", not after issue at " + issuedAt);
        }
        KioskSite.requireKioskId(kioskId);
    }

    /** Issues a voucher with a fresh random id, valid for {@code validity} from {@code now}. */
    public static Voucher issue(
            String tradeId, Money amount, String kioskId, Instant now, Duration validity, SecureRandom random) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        Instant issued = now.truncatedTo(ChronoUnit.SECONDS);
        Instant expires = issued.plus(validity).truncatedTo(ChronoUnit.SECONDS);
        return new Voucher(HexFormat.of().formatHex(id), tradeId, amount, issued, expires, kioskId);
    }

    public String currency() {
        return amount.currency();
    }

    /** The ledger fact recording this voucher with its printed QR payload. */
    public LedgerFact.VoucherIssued toLedgerFact(String qrPayload) {
        return new LedgerFact.VoucherIssued(
                voucherId, tradeId, amount.minorUnits(), amount.currency(), expiresAt, qrPayload);
    }
}
