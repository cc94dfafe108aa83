package org.cleartrade.core.certificate;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Optional;
import org.cleartrade.ports.dock.VerificationEvidence;

/** Prints a {@link Verification} for a cashier, a seller or an auditor, in plain words. */
final class PlainWordsReport {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private PlainWordsReport() {}

    static void print(Verification verification, Optional<Boolean> fullTextMatches, PrintStream out) {
        out.println(verification.verdict().headline() + ": " + verification.reason());
        if (verification.payload().isEmpty()) {
            return;
        }
        SignedPayload payload = verification.payload().get();
        if (verification.verdict() != Verdict.VALID) {
            out.println("The code claims the following; do NOT rely on it:");
        }
        if (payload.content() instanceof CertificatePayload certificate) {
            printCertificate(certificate, out);
            fullTextMatches.ifPresent(matches -> out.println(row(
                    "Full certificate",
                    matches
                            ? "the given text matches this code"
                            : "the given text does NOT match this code (different or altered certificate)")));
        } else if (payload.content() instanceof Voucher voucher) {
            printVoucher(voucher, out);
        }
        out.println(row("Signing key", payload.keyId() + " (payload format " + payload.version() + ")"));
    }

    private static void printCertificate(CertificatePayload certificate, PrintStream out) {
        out.println("Erasure certificate");
        out.println(row("Trade", certificate.tradeId()));
        out.println(row("Phone", certificate.device()));
        out.println(row("Serial number", certificate.serial()));
        out.println(row("IMEI", certificate.imei().orElse("not readable on this phone")));
        out.println(row("Erasure", certificate.category().label() + " (NIST SP 800-88 Rev.1 sanitization category)"));
        out.println(row(
                "Verification",
                certificate.verified()
                        ? "verified by the kiosk at " + time(certificate.verifiedAt())
                        : "NOT verified: the kiosk could not prove the erase finished (checked "
                                + time(certificate.verifiedAt()) + ")"));
        out.println(row(
                "Evidence",
                certificate
                        .evidence()
                        .map(PlainWordsReport::evidence)
                        .orElse("not stated (a format-1 code does not carry it)")));
        out.println(row("Kiosk", certificate.kioskId()));
        out.println(row("Certificate SHA-256", certificate.certificateSha256()));
    }

    /** What the kiosk observed after the erase, in the words docs/certificates.md uses. */
    static String evidence(VerificationEvidence evidence) {
        return switch (evidence) {
            case NONE -> "none: nothing after the phone's own acknowledgement was observed";
            case FACTORY_STATE_READ_BACK ->
                "factory state read back: the phone answered again with the same serial and reported setup"
                        + " not completed, not provisioned and no accounts";
            case USB_REENUMERATED_SAME_SERIAL ->
                "USB re-enumeration with the same serial: the phone left the USB bus and came back with the"
                        + " same serial; its state could not be read (USB debugging is off after a reset)";
            case RETURNED_UNACTIVATED ->
                "returned Unactivated: the iPhone came back with the same UDID and serial, unpaired, in the"
                        + " setup assistant";
        };
    }

    private static void printVoucher(Voucher voucher, PrintStream out) {
        out.println("Payout voucher (single use)");
        out.println(row("Amount", amount(voucher)));
        out.println(row("Voucher id", voucher.voucherId()));
        out.println(row("Trade", voucher.tradeId()));
        out.println(row("Issued", time(voucher.issuedAt())));
        out.println(row("Expires", time(voucher.expiresAt())));
        out.println(row("Kiosk", voucher.kioskId()));
    }

    private static String amount(Voucher voucher) {
        try {
            int digits = Currency.getInstance(voucher.currency()).getDefaultFractionDigits();
            if (digits >= 0) {
                return BigDecimal.valueOf(voucher.amount().minorUnits())
                                .movePointLeft(digits)
                                .toPlainString() + " " + voucher.currency();
            }
        } catch (IllegalArgumentException e) {
            // Not an ISO 4217 code this JDK knows: fall through to the raw minor units.
        }
        return voucher.amount().minorUnits() + " minor units of " + voucher.currency();
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }

    private static String row(String label, String value) {
        return String.format("  %-20s %s", label + ":", value);
    }
}
