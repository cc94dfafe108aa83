package org.cleartrade.core.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * What the seller agreed to before the erase: which text was shown (its version id and the SHA-256
 * of the exact text), in which language, and when they agreed. The text itself lives in the
 * kiosk's assets under its version id; the hash proves which wording it was.
 *
 * @param textVersion the id of the consent text, for example "erase-consent/2026-11"
 * @param textSha256 lowercase hex SHA-256 of the UTF-8 text as shown
 * @param language BCP 47 language tag of the text shown, for example "zh-Hans"
 */
public record ConsentRecord(String textVersion, String textSha256, String language, Instant consentedAt) {

    public ConsentRecord {
        Objects.requireNonNull(textVersion, "textVersion");
        Objects.requireNonNull(textSha256, "textSha256");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(consentedAt, "consentedAt");
        if (textVersion.isBlank()) {
            throw new IllegalArgumentException("consent text version must not be blank");
        }
        if (!textSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("consent text hash must be 64 lowercase hex digits");
        }
        if (language.isBlank() || Locale.forLanguageTag(language).getLanguage().isEmpty()) {
            throw new IllegalArgumentException("consent language must be a BCP 47 tag, was '" + language + "'");
        }
    }

    /** Records consent to {@code shownText}, hashing the text exactly as shown. */
    public static ConsentRecord of(String textVersion, String shownText, String language, Instant consentedAt) {
        Objects.requireNonNull(shownText, "shownText");
        return new ConsentRecord(textVersion, sha256Hex(shownText), language, consentedAt);
    }

    /** Lowercase hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
