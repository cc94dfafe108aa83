package org.cleartrade.core.receipt;

import java.time.ZoneId;
import java.util.Objects;
import org.cleartrade.core.certificate.KioskSite;
import org.cleartrade.core.certificate.SanitizationCategory;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.session.ReceiptComposer;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.core.session.SessionSnapshot.IssuedVoucher;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.printer.Receipt;

/**
 * The session's receipts, laid out from its snapshot in the seller's language: the certificate
 * with the quote, and the voucher, each with its QR code as the {@link VerificationLink} makes it. A snapshot that lacks what a receipt prints is a programming
 * error in the session, reported as {@link IllegalStateException} naming the phase and the field.
 */
public final class SessionReceipts implements ReceiptComposer {
    private final KioskSite site;
    private final ZoneId zone;
    private final VerificationLink link;

    /** @param link what the QR codes hold: the fleet's verification page with the payload, or the payload */
    public SessionReceipts(KioskSite site, ZoneId zone, VerificationLink link) {
        this.site = Objects.requireNonNull(site, "site");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.link = Objects.requireNonNull(link, "link");
    }

    @Override
    public Receipt certificate(SessionSnapshot snapshot) {
        InspectionReport inspection =
                require(snapshot, "inspection", snapshot.phone().inspection());
        SessionSnapshot.Erasure erasure = snapshot.trade().erasure();
        var verification = require(snapshot, "erase verification", erasure.verification());
        CertificateSlip slip = new CertificateSlip(
                require(snapshot, "certificate", snapshot.trade().certificate()).certificateId(),
                require(snapshot, "trade id", snapshot.trade().tradeId()),
                verification.at(),
                site.kioskId(),
                site.location(),
                inspection.identity(),
                inspection.checks(),
                category(inspection),
                require(snapshot, "erase acknowledgement", erasure.acknowledgement()),
                verification,
                require(snapshot, "consent time", erasure.consentAt()),
                require(snapshot, "quote", snapshot.offer().quote()),
                link.qrText(snapshot.trade().certificate().orElseThrow().qrPayload()));
        return new CertificateReceipt(copy(snapshot)).compose(slip);
    }

    @Override
    public Receipt voucher(SessionSnapshot snapshot) {
        IssuedVoucher voucher = require(snapshot, "voucher", snapshot.trade().voucher());
        SessionSnapshot.Deposit deposit = snapshot.trade().deposit();
        String device = snapshot.phone()
                .inspection()
                .map(r -> CertificateReceipt.deviceName(r.identity()))
                .orElse("");
        VoucherSlip slip = new VoucherSlip(
                voucher.voucherId(),
                require(snapshot, "trade id", snapshot.trade().tradeId()),
                voucher.amount(),
                deposit.lockedAt().orElse(snapshot.phaseSince()),
                voucher.expiresAt(),
                site.kioskId(),
                deposit.bin(),
                device,
                link.qrText(voucher.qrPayload()));
        return new VoucherReceipt(copy(snapshot)).compose(slip);
    }

    private ReceiptCopy copy(SessionSnapshot snapshot) {
        return ReceiptCopy.forLanguage(snapshot.language(), zone);
    }

    /** The same rule as {@code ErasureCertificate.fromDock}: Purge only on proven encrypted storage. */
    private static SanitizationCategory category(InspectionReport inspection) {
        boolean encrypted = inspection
                .check(Check.Kind.STORAGE_ENCRYPTED)
                .map(c -> c.verdict() == Check.Verdict.PASS)
                .orElse(false);
        return encrypted ? SanitizationCategory.PURGE : SanitizationCategory.CLEAR;
    }

    private static <T> T require(SessionSnapshot snapshot, String what, java.util.Optional<T> value) {
        return value.orElseThrow(() -> new IllegalStateException(
                "phase: " + snapshot.phase() + ", receipt needs the " + what + " but the session has none"));
    }
}
