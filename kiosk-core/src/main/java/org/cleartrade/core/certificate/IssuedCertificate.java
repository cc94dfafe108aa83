package org.cleartrade.core.certificate;

import java.util.Objects;
import org.cleartrade.core.ledger.LedgerFact;

/**
 * A certificate as issued: the record, its canonical text (what the ledger keeps) and the signed
 * QR payload text (what the receipt and the screen show).
 */
public record IssuedCertificate(ErasureCertificate certificate, String canonicalText, String qrPayload) {

    public IssuedCertificate {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(canonicalText, "canonicalText");
        Objects.requireNonNull(qrPayload, "qrPayload");
    }

    /** The ledger fact that stores this certificate. */
    public LedgerFact.CertificateIssued toLedgerFact() {
        return new LedgerFact.CertificateIssued(
                certificate.certificateId(), certificate.tradeId(), canonicalText, qrPayload, certificate.issuedAt());
    }
}
