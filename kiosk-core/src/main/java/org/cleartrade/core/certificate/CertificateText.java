package org.cleartrade.core.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.PhoneIdentity;

/**
 * The canonical text form of an {@link ErasureCertificate}: what the ledger stores and what the
 * QR's SHA-256 covers.
 *
 * <p>Format, version 1: UTF-8, lines ending in a single {@code \n} (including the last), first line
 * {@code ClearTrade erasure certificate}, then {@code key: value} lines in the fixed order below.
 * An absent value is written as {@code key:} with nothing after the colon. Values are escaped so a
 * value always stays on its line: {@code \} becomes {@code \\}, line feed {@code \n}, carriage
 * return {@code \r}, tab {@code \t}, any other control character {@code \}{@code uXXXX}. Instants
 * are ISO-8601 in UTC ({@link DateTimeFormatter#ISO_INSTANT}). Pre-erase checks are one line each,
 * {@code check.<KIND>: <VERDICT> <detail>}, in {@link Check.Kind} order. The order and keys never
 * change within a format version; a new field means a new format version.
 */
public final class CertificateText {

    /** First line of every certificate. */
    public static final String HEADER = "ClearTrade erasure certificate";

    /** The format version written on the second line. */
    public static final int FORMAT_VERSION = 1;

    private CertificateText() {}

    /** The canonical text of {@code certificate}. */
    public static String canonical(ErasureCertificate certificate) {
        PhoneIdentity phone = certificate.phone();
        Lines lines = new Lines();
        lines.header(HEADER);
        lines.add("format", Integer.toString(FORMAT_VERSION));
        lines.add("certificate.id", certificate.certificateId());
        lines.add("certificate.issued_at", instant(certificate.issuedAt()));
        lines.add("media.manufacturer", phone.manufacturer());
        lines.add("media.model", phone.model());
        lines.add("media.market_name", phone.marketName());
        lines.add("media.serial", phone.serial());
        lines.add("media.imei", phone.imei().orElse(""));
        lines.add("media.property_number", certificate.tradeId());
        lines.add("media.type", certificate.mediaType());
        lines.add("media.source", certificate.mediaSource());
        lines.add("media.os", phone.osName() + " " + phone.osVersion());
        lines.add("media.security_patch", phone.securityPatch());
        for (Check check : certificate.preEraseChecks()) {
            lines.add("check." + check.kind().name(), check.verdict().name() + " " + check.detail());
        }
        lines.add("consent.text_version", certificate.consent().textVersion());
        lines.add("consent.text_sha256", certificate.consent().textSha256());
        lines.add("consent.language", certificate.consent().language());
        lines.add("consent.at", instant(certificate.consent().consentedAt()));
        lines.add("sanitization.category", certificate.category().label());
        lines.add("sanitization.method", certificate.erase().method());
        lines.add("sanitization.tool", certificate.erase().tool());
        lines.add("sanitization.tool_version", certificate.erase().toolVersion());
        lines.add("sanitization.started_at", instant(certificate.erase().at()));
        lines.add("sanitization.acknowledgement", certificate.erase().evidence());
        lines.add("verification.method", certificate.verification().method());
        lines.add("verification.result", certificate.verification().verified() ? "VERIFIED" : "NOT VERIFIED");
        lines.add("verification.detail", certificate.verification().detail());
        lines.add("verification.at", instant(certificate.verification().at()));
        lines.add("destination", certificate.destination());
        lines.add("performed_by", "ClearTrade kiosk " + certificate.site().kioskId() + " (unattended, automated)");
        lines.add("location", certificate.site().location());
        lines.add("validation", certificate.validation());
        return lines.toString();
    }

    /** SHA-256 of the canonical text's UTF-8 bytes. */
    public static byte[] sha256(String canonicalText) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonicalText.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static String instant(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static final class Lines {
        private final StringBuilder text = new StringBuilder(2048);

        void header(String header) {
            text.append(header).append('\n');
        }

        void add(String key, String value) {
            text.append(key).append(':');
            if (!value.isEmpty()) {
                text.append(' ').append(escape(value));
            }
            text.append('\n');
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
