package org.cleartrade.core.jurisdiction;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Loads jurisdiction profiles from {@code .properties} files and validates every key at load
 * time; a bad or missing value is an {@link IllegalArgumentException} naming the profile and the
 * key. The bundled profiles live next to this class as {@code <ID>.properties}.
 *
 * <p>Keys: {@code currency} (ISO 4217), {@code languages} (comma-separated BCP 47 tags, default
 * first), {@code hold.days} (0..365), {@code identity.required} (true/false), {@code
 * identity.minimum-age} (0..120), {@code identity.kept-fields} (comma-separated, may be empty),
 * {@code personal-data.retention-days} (0..3650), {@code block-list.outage} ({@code REFUSE} or
 * {@code ACCEPT_AND_FLAG}), {@code storage.unencrypted} ({@code REFUSE} or {@code ERASE_AT_CLEAR}).
 */
public final class JurisdictionProfiles {

    /** The profiles shipped with the kiosk. */
    public static final List<String> BUNDLED = List.of("US-IL", "US-CA", "CN", "EU");

    private static final Set<String> KEYS = Set.of(
            "currency",
            "languages",
            "hold.days",
            "identity.required",
            "identity.minimum-age",
            "identity.kept-fields",
            "personal-data.retention-days",
            "block-list.outage",
            "storage.unencrypted");

    private JurisdictionProfiles() {}

    /** Loads a bundled profile by id, for example {@code US-CA}. */
    public static JurisdictionProfile bundled(String id) {
        String resource = id + ".properties";
        try (InputStream in = JurisdictionProfiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(
                        "jurisdiction " + id + ": no bundled profile (known: " + BUNDLED + ")");
            }
            return read(id, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("jurisdiction " + id + ": cannot read " + resource, e);
        }
    }

    /** Reads and validates a profile. */
    public static JurisdictionProfile read(String id, Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        return parse(id, properties);
    }

    /** Validates a profile given as properties. */
    public static JurisdictionProfile parse(String id, Properties p) {
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw bad(id, key, "is not a known key (known: " + KEYS + ")");
            }
        }
        String currency = required(id, p, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw bad(id, "currency", "must be an ISO 4217 code such as USD, was '" + currency + "'");
        }
        List<String> languages = list(p, "languages");
        if (languages.isEmpty()) {
            throw bad(id, "languages", "must name at least one language");
        }
        for (String tag : languages) {
            if (Locale.forLanguageTag(tag).getLanguage().isEmpty()) {
                throw bad(id, "languages", "'" + tag + "' is not a BCP 47 language tag");
            }
        }
        int holdDays = integer(id, p, "hold.days", 0, 365);
        boolean identityRequired = bool(id, p, "identity.required");
        int minimumAge = integer(id, p, "identity.minimum-age", 0, 120);
        Set<String> kept = new LinkedHashSet<>(list(p, "identity.kept-fields"));
        if (!identityRequired && !kept.isEmpty()) {
            throw bad(id, "identity.kept-fields", "must be empty when identity.required is false");
        }
        int retentionDays = integer(id, p, "personal-data.retention-days", 0, 3650);
        if (!kept.isEmpty() && retentionDays == 0) {
            throw bad(id, "personal-data.retention-days", "must be above 0 when identity.kept-fields names fields");
        }
        String outage = required(id, p, "block-list.outage");
        JurisdictionProfile.BlockListOutage policy;
        try {
            policy = JurisdictionProfile.BlockListOutage.valueOf(outage);
        } catch (IllegalArgumentException e) {
            throw bad(id, "block-list.outage", "must be REFUSE or ACCEPT_AND_FLAG, was '" + outage + "'");
        }
        String unencrypted = required(id, p, "storage.unencrypted");
        JurisdictionProfile.UnencryptedStorage storage;
        try {
            storage = JurisdictionProfile.UnencryptedStorage.valueOf(unencrypted);
        } catch (IllegalArgumentException e) {
            throw bad(id, "storage.unencrypted", "must be REFUSE or ERASE_AT_CLEAR, was '" + unencrypted + "'");
        }
        return new JurisdictionProfile(
                id,
                currency,
                languages,
                holdDays,
                identityRequired,
                minimumAge,
                kept,
                Duration.ofDays(retentionDays),
                policy,
                storage);
    }

    private static String required(String id, Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw bad(id, key, "is missing");
        }
        return value.trim();
    }

    private static List<String> list(Properties p, String key) {
        String value = p.getProperty(key, "");
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static int integer(String id, Properties p, String key, int min, int max) {
        String value = required(id, p, key);
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw bad(id, key, "must be between " + min + " and " + max + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw bad(id, key, "must be a whole number, was '" + value + "'");
        }
    }

    private static boolean bool(String id, Properties p, String key) {
        String value = required(id, p, key);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad(id, key, "must be true or false, was '" + value + "'");
        };
    }

    private static IllegalArgumentException bad(String id, String key, String problem) {
        return new IllegalArgumentException("jurisdiction " + id + ": key " + key + " " + problem);
    }
}
