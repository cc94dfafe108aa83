package org.cleartrade.core.certificate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.PhoneIdentity;

/**
 * The record of one phone's erasure, with the fields NIST SP 800-88 Rev.1 §4.8 and Appendix G ask
 * of a certificate of sanitization, plus what a phone adds: IMEI, OS, and the lock states seen
 * before the erase, and the seller's consent.
 *
 * <p>The ledger stores its {@link CertificateText#canonical canonical text}; the QR carries a
 * signed summary and the SHA-256 of that text. The certificate never claims more than the dock
 * proved: {@link #verification()} is copied from the dock as it was observed.
 *
 * @param certificateId {@code "EC-" + tradeId}; one certificate per trade
 * @param tradeId the organisationally assigned property number of the media (NIST §4.8)
 * @param issuedAt when the kiosk issued the certificate, to the second
 * @param site who and where: the kiosk that performed and verified the erase
 * @param phone manufacturer, model, serial, IMEI and OS as the phone reported them
 * @param mediaType NIST "media type", for example "Flash memory (phone internal storage, 128 GB)"
 * @param mediaSource NIST "media source": whose media it was
 * @param preEraseChecks the lock and security states found before the erase, in {@link
 *     Check.Kind} order
 * @param category the NIST sanitization description (Clear, Purge, Destroy)
 * @param erase the erase method, tool and version, as the phone acknowledged them
 * @param verification the verification method and its result
 * @param consent what the seller was shown and agreed to before the erase
 * @param destination NIST "post-sanitization destination"
 */
public record ErasureCertificate(
        String certificateId,
        String tradeId,
        Instant issuedAt,
        KioskSite site,
        PhoneIdentity phone,
        String mediaType,
        String mediaSource,
        List<Check> preEraseChecks,
        SanitizationCategory category,
        EraseAcknowledgement erase,
        EraseVerification verification,
        ConsentRecord consent,
        String destination) {

    /** Longest trade id the QR payloads carry; a UUID fits. */
    public static final int MAX_TRADE_ID_LENGTH = 36;

    /** Longest serial number the certificate QR carries. */
    public static final int MAX_SERIAL_LENGTH = 30;

    /** Media source of every kiosk trade: the phone belonged to the walk-up seller. */
    public static final String SELLER_SOURCE = "Seller (walk-up trade-in at the kiosk)";

    /** Where an erased phone goes from the kiosk. */
    public static final String DEPOSIT_BIN_DESTINATION =
            "Locked deposit bin of the kiosk, then the operator's chain of custody for resale (external reuse)";

    public ErasureCertificate {
        Objects.requireNonNull(certificateId, "certificateId");
        requireTradeId(tradeId);
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(mediaSource, "mediaSource");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(erase, "erase");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(destination, "destination");
        preEraseChecks = List.copyOf(preEraseChecks);
        if (!isCertifiableSerial(phone.serial())) {
            throw new IllegalArgumentException("serial must be 1 to " + MAX_SERIAL_LENGTH
                    + " printable ASCII characters, was '" + phone.serial() + "'");
        }
        if (consent.consentedAt().isAfter(erase.at())) {
            throw new IllegalArgumentException(
                    "consent at " + consent.consentedAt() + " was recorded after the erase started at " + erase.at());
        }
        if (issuedAt.getNano() != 0) {
            throw new IllegalArgumentException("issuedAt must be whole seconds, was " + issuedAt);
        }
    }

    /**
     * Builds the certificate of a finished erase from the dock's own records.
     *
     * <p>The category is {@link SanitizationCategory#PURGE} only when inspection proved the storage
     * encrypted, so that the factory reset was a cryptographic erase; otherwise the reset counts as
     * {@link SanitizationCategory#CLEAR}. An unverified erase is recorded as unverified, never
     * upgraded.
     */
    public static ErasureCertificate fromDock(
            String tradeId, KioskSite site, EraseEvidence evidence, ConsentRecord consent, Instant issuedAt) {
        InspectionReport inspection = evidence.inspection();
        PhoneIdentity phone = inspection.identity();
        List<Check> checks = inspection.checks().stream()
                .sorted(Comparator.comparing(Check::kind))
                .toList();
        return new ErasureCertificate(
                "EC-" + tradeId,
                tradeId,
                issuedAt.truncatedTo(ChronoUnit.SECONDS),
                site,
                phone,
                mediaTypeOf(phone),
                SELLER_SOURCE,
                checks,
                SanitizationCategory.ofFactoryReset(inspection),
                evidence.acknowledgement(),
                evidence.verification(),
                consent,
                DEPOSIT_BIN_DESTINATION);
    }

    /**
     * Whether a certificate can name this serial: 1 to {@value #MAX_SERIAL_LENGTH} printable ASCII
     * characters. The session checks it at inspection, so a phone is refused before, never after,
     * its erase.
     */
    public static boolean isCertifiableSerial(String serial) {
        return serial.matches("[!-~]{1," + MAX_SERIAL_LENGTH + "}");
    }

    /** NIST "validation": how a reader confirms this certificate. */
    public String validation() {
        return "Performed and verified automatically by kiosk " + site.kioskId()
                + "; validated by the kiosk's Ed25519 signature on the certificate QR code";
    }

    private static String mediaTypeOf(PhoneIdentity phone) {
        String capacity = phone.storageGb() > 0 ? phone.storageGb() + " GB" : "capacity not readable";
        return "Flash memory (phone internal storage, " + capacity + ")";
    }

    static String requireTradeId(String tradeId) {
        Objects.requireNonNull(tradeId, "tradeId");
        if (!tradeId.matches("[A-Za-z0-9._:-]{1," + MAX_TRADE_ID_LENGTH + "}")) {
            throw new IllegalArgumentException("trade id must be 1 to " + MAX_TRADE_ID_LENGTH
                    + " characters of A-Z a-z 0-9 . _ : -, was '" + tradeId + "'");
        }
        return tradeId;
    }
}
