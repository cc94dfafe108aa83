package org.cleartrade.ledger.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.cleartrade.core.ledger.LedgerFact.CertificateIssued;
import org.cleartrade.core.ledger.LedgerFact.IdentityKept;
import org.cleartrade.core.ledger.LedgerFact.PhoneBinned;
import org.cleartrade.core.ledger.LedgerFact.SellerPaid;
import org.cleartrade.core.ledger.LedgerFact.TradeSaved;
import org.cleartrade.core.ledger.LedgerFact.VoucherIssued;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.ledger.TradeRecord.Status;
import org.cleartrade.pricing.quote.Money;

/** Realistic facts for one trade, as the session decides them. */
public final class Trades {
    private Trades() {}

    public static TradeRecord trade(
            String tradeId, String sessionId, Status status, Optional<Integer> bin, Instant at) {
        return new TradeRecord(
                tradeId,
                sessionId,
                status,
                "Google",
                "Pixel 7",
                "SER-" + tradeId,
                Optional.of("35" + Math.abs(tradeId.hashCode() % 1_000_000_000L)),
                "Q-" + tradeId,
                12_500,
                "USD",
                bin,
                bin.map(b -> at.plus(Duration.ofDays(10))),
                false,
                at);
    }

    public static TradeSaved saved(String tradeId, String sessionId, Status status, Instant at) {
        return new TradeSaved(trade(tradeId, sessionId, status, Optional.empty(), at));
    }

    public static TradeSaved savedInBin(String tradeId, String sessionId, Status status, int bin, Instant at) {
        return new TradeSaved(trade(tradeId, sessionId, status, Optional.of(bin), at));
    }

    public static CertificateIssued certificate(String tradeId, Instant at) {
        return new CertificateIssued(
                "C-" + tradeId, tradeId, "certificate of " + tradeId + "\nmethod=Purge", "CT1:" + tradeId, at);
    }

    public static VoucherIssued voucher(String tradeId, Instant at) {
        return voucher("V-" + tradeId, tradeId, at);
    }

    public static VoucherIssued voucher(String voucherId, String tradeId, Instant at) {
        return new VoucherIssued(voucherId, tradeId, 12_500, "USD", at.plus(Duration.ofDays(30)), "VC1:" + voucherId);
    }

    /** The voucher {@code V-<tradeId>} came off the printer into the seller's hands. */
    public static SellerPaid paidByVoucher(String tradeId) {
        return new SellerPaid(
                tradeId,
                SellerPaid.How.VOUCHER_PRINTED,
                Optional.of("V-" + tradeId),
                "seller",
                new Money(12_500, "USD"));
    }

    public static PhoneBinned binned(int bin, String tradeId, Instant at) {
        return new PhoneBinned(bin, tradeId, at.plus(Duration.ofDays(10)));
    }

    public static IdentityKept identity(String tradeId, Instant keepUntil) {
        return new IdentityKept(tradeId, Map.of("licenceNumber", "D123-4567", "birthYear", "1980"), keepUntil);
    }
}
