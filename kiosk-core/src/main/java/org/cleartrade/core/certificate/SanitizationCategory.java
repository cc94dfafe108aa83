package org.cleartrade.core.certificate;

import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.InspectionReport;

/**
 * The NIST SP 800-88 Rev.1 sanitization categories (§2.5), as printed on a certificate.
 *
 * <p>{@link #code()} is the value carried in the QR payload; it never changes once assigned.
 */
public enum SanitizationCategory {
    /** Logical techniques against simple, non-invasive recovery (for example a plain factory reset). */
    CLEAR(1, "Clear"),
    /** Techniques that defeat state-of-the-art laboratory recovery, such as a cryptographic erase. */
    PURGE(2, "Purge"),
    /** The media cannot be used again. */
    DESTROY(3, "Destroy");

    private final int code;
    private final String label;

    SanitizationCategory(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    /**
     * The category a factory reset earns on the inspected phone: {@link #PURGE} only when inspection
     * proved the storage encrypted, so that the reset was a cryptographic erase; otherwise {@link
     * #CLEAR}.
     */
    public static SanitizationCategory ofFactoryReset(InspectionReport inspection) {
        boolean encrypted = inspection
                .check(Check.Kind.STORAGE_ENCRYPTED)
                .map(check -> check.verdict() == Check.Verdict.PASS)
                .orElse(false);
        return encrypted ? PURGE : CLEAR;
    }

    /** The category of a payload code, or an {@link IllegalArgumentException} naming the code. */
    public static SanitizationCategory ofCode(int code) {
        for (SanitizationCategory category : values()) {
            if (category.code == code) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown sanitization category code " + code);
    }
}
