package org.cleartrade.ports.dock;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The method line of an Android erase, built from what the phone reported rather than assumed:
 * the encryption it runs ({@code ro.crypto.state}, {@code ro.crypto.type}), its Android version
 * and the API the helper said it called. Only encrypted storage is called a cryptographic erase:
 * on file-based encryption the reset destroys the keys that protect the user data, on full-disk
 * encryption it wipes the partition with its encrypted key; unencrypted or unreported storage is
 * deleted and reformatted, and the line says no more than that.
 */
public final class AndroidResetMethod {

    private AndroidResetMethod() {}

    /** The storage encryption the phone reports. */
    public enum Encryption {
        FILE_BASED,
        FULL_DISK,
        NONE,
        UNKNOWN
    }

    /** What a method line says: the encryption, the Android version and the helper's call. */
    public record Reading(Encryption encryption, String androidVersion, Optional<String> api) {}

    private static final String CALL_UNREPORTED = "the device-owner helper (call not reported)";
    private static final String VERSION_UNREPORTED = "an unreported Android version";
    private static final Pattern LINE = Pattern.compile("Factory reset by (?:DevicePolicyManager\\.(\\w+)\\(0\\)|"
            + Pattern.quote(CALL_UNREPORTED) + ") on (?:Android (.+?)|" + Pattern.quote(VERSION_UNREPORTED)
            + "); (.+)");

    /**
     * @param api the call the helper reported, {@code wipeDevice} or {@code wipeData}; empty when
     *     an older helper did not say
     */
    public static String describe(Encryption encryption, String androidVersion, Optional<String> api) {
        String call = api.map(a -> "DevicePolicyManager." + a + "(0)").orElse(CALL_UNREPORTED);
        String version = androidVersion.isBlank() ? VERSION_UNREPORTED : "Android " + androidVersion;
        return "Factory reset by " + call + " on " + version + "; " + effect(encryption);
    }

    /**
     * The facts back from a line {@link #describe} wrote, so the line can be said in another
     * language; empty for any other line.
     */
    public static Optional<Reading> read(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Arrays.stream(Encryption.values())
                .filter(e -> effect(e).equals(m.group(3)))
                .findFirst()
                .map(e -> new Reading(e, m.group(2) == null ? "" : m.group(2), Optional.ofNullable(m.group(1))));
    }

    private static String effect(Encryption encryption) {
        return switch (encryption) {
            case FILE_BASED ->
                "file-based encryption: the reset destroys the keys of the user data, a cryptographic erase";
            case FULL_DISK ->
                "full-disk encryption: the reset wipes the data partition and its encrypted disk key, a cryptographic erase";
            case NONE -> "storage not encrypted: user data deleted and the data partition reformatted";
            case UNKNOWN -> "encryption not reported: user data deleted and the data partition reformatted";
        };
    }
}
