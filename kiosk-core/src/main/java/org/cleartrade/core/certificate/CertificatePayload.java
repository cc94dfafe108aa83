package org.cleartrade.core.certificate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.cleartrade.ports.dock.VerificationEvidence;

/**
 * The essentials of a certificate that its QR carries, and the SHA-256 of the full canonical
 * certificate text that binds them to it.
 *
 * @param device manufacturer and model, shortened when the QR has no room for all of it
 * @param verifiedAt when the erase verification finished, to the second
 * @param certificateSha256 lowercase hex SHA-256 of {@link CertificateText#canonical}
 * @param evidence what the kiosk observed after the erase; empty only in a format-1 code, which
 *     did not carry it
 */
public record CertificatePayload(
        String tradeId,
        String kioskId,
        String serial,
        Optional<String> imei,
        String device,
        SanitizationCategory category,
        boolean verified,
        Instant verifiedAt,
        String certificateSha256,
        Optional<VerificationEvidence> evidence)
        implements PayloadContent {

    /** A payload without the evidence level, as format 1 carried it. */
    public CertificatePayload(
            String tradeId,
            String kioskId,
            String serial,
            Optional<String> imei,
            String device,
            SanitizationCategory category,
            boolean verified,
            Instant verifiedAt,
            String certificateSha256) {
        this(
                tradeId,
                kioskId,
                serial,
                imei,
                device,
                category,
                verified,
                verifiedAt,
                certificateSha256,
                Optional.empty());
    }

    public CertificatePayload {
        ErasureCertificate.requireTradeId(tradeId);
        KioskSite.requireKioskId(kioskId);
        Objects.requireNonNull(serial, "serial");
        if (!serial.matches("[!-~]{1," + ErasureCertificate.MAX_SERIAL_LENGTH + "}")) {
            throw new IllegalArgumentException(
                    "serial must be 1 to " + ErasureCertificate.MAX_SERIAL_LENGTH + " printable ASCII characters");
        }
        Objects.requireNonNull(imei, "imei");
        imei.ifPresent(value -> {
            if (!isImei(value)) {
                throw new IllegalArgumentException("IMEI must be 14 to 16 digits");
            }
        });
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
        if (verifiedAt.getNano() != 0) {
            throw new IllegalArgumentException("verifiedAt must be whole seconds");
        }
        Objects.requireNonNull(certificateSha256, "certificateSha256");
        if (!certificateSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("certificate hash must be 64 lowercase hex digits");
        }
        Objects.requireNonNull(evidence, "evidence");
        if (evidence.isPresent() && evidence.get().verified() != verified) {
            throw new IllegalArgumentException("evidence " + evidence.get() + " contradicts verified=" + verified);
        }
    }

    private static boolean isImei(String value) {
        return value.matches("[0-9]{14,16}");
    }

    /**
     * The QR essentials of {@code certificate}, whose canonical text is {@code canonicalText}. An
     * identifier that is not a 14 to 16 digit IMEI (a hexadecimal MEID, say) stays in the full text
     * only.
     */
    public static CertificatePayload of(ErasureCertificate certificate, String canonicalText) {
        var phone = certificate.phone();
        String name = phone.marketName().isBlank() ? phone.model() : phone.marketName();
        return new CertificatePayload(
                certificate.tradeId(),
                certificate.site().kioskId(),
                phone.serial(),
                phone.imei().filter(CertificatePayload::isImei),
                (phone.manufacturer() + " " + name).strip(),
                certificate.category(),
                certificate.verification().verified(),
                certificate.verification().at().truncatedTo(ChronoUnit.SECONDS),
                HexFormat.of().formatHex(CertificateText.sha256(canonicalText)),
                Optional.of(certificate.verification().evidence()));
    }
}
