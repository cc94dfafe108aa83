package org.cleartrade.core.receipt;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.cleartrade.core.certificate.ErasureCertificate;
import org.cleartrade.core.certificate.SanitizationCategory;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.pricing.quote.Quote;

/**
 * What the erasure certificate receipt prints: the certificate's fields, the price quote, and the
 * signed QR payload exactly as issued.
 *
 * @param category the NIST SP 800-88 sanitization category
 * @param consentAt when the seller agreed to the erase
 * @param qrPayload the QR code's text: the signed payload, or the verification link that carries it
 */
public record CertificateSlip(
        String certificateId,
        String tradeId,
        Instant issuedAt,
        String kioskId,
        String location,
        PhoneIdentity phone,
        List<Check> preEraseChecks,
        SanitizationCategory category,
        EraseAcknowledgement erase,
        EraseVerification verification,
        Instant consentAt,
        Quote quote,
        String qrPayload) {

    public CertificateSlip {
        Objects.requireNonNull(certificateId, "certificateId");
        Objects.requireNonNull(tradeId, "tradeId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(phone, "phone");
        preEraseChecks = List.copyOf(preEraseChecks);
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(erase, "erase");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(consentAt, "consentAt");
        Objects.requireNonNull(quote, "quote");
        if (qrPayload == null || qrPayload.isBlank()) {
            throw new IllegalArgumentException("a certificate receipt needs its signed QR payload");
        }
    }

    /** The slip of an issued certificate and the quote the seller accepted. */
    public static CertificateSlip of(ErasureCertificate certificate, Quote quote, String qrPayload) {
        return new CertificateSlip(
                certificate.certificateId(),
                certificate.tradeId(),
                certificate.issuedAt(),
                certificate.site().kioskId(),
                certificate.site().location(),
                certificate.phone(),
                certificate.preEraseChecks(),
                certificate.category(),
                certificate.erase(),
                certificate.verification(),
                certificate.consent().consentedAt(),
                quote,
                qrPayload);
    }
}
