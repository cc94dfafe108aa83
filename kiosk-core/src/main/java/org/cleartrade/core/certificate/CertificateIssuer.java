package org.cleartrade.core.certificate;

import java.util.Objects;

/**
 * Turns certificates and vouchers into their signed QR payloads with the kiosk's current key.
 *
 * <p>Threading: safe for concurrent use when the signer is.
 */
public final class CertificateIssuer {

    private final PayloadSigner signer;

    public CertificateIssuer(PayloadSigner signer) {
        this.signer = Objects.requireNonNull(signer, "signer");
    }

    /** Writes the canonical text, signs the QR payload, and checks that it prints at version 10 or lower. */
    public IssuedCertificate issue(ErasureCertificate certificate) {
        String text = CertificateText.canonical(certificate);
        String payload = QrPayloadCodec.encodeCertificate(CertificatePayload.of(certificate, text), signer);
        return new IssuedCertificate(certificate, text, QrVersion.requirePrintable(payload));
    }

    /** The signed QR payload of a voucher. */
    public String voucherPayload(Voucher voucher) {
        return QrVersion.requirePrintable(QrPayloadCodec.encodeVoucher(voucher, signer));
    }

    /** The id of the key signing now. */
    public String keyId() {
        return signer.keyId();
    }
}
