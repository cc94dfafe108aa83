package org.cleartrade.backoffice;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.HttpUrl;
import org.cleartrade.backoffice.pricebook.FleetKey;

/**
 * How the kiosk reaches its fleet service. Validated when read; a bad value is an error naming its
 * key.
 *
 * <pre>
 * backoffice.url                    base URL; https, except for a loopback host (tests, local demo)
 * backoffice.kiosk-id               this kiosk's name in the fleet: letters, digits, . _ -, 1-64
 * backoffice.fleet-public-key       Ed25519 key that signs price books (PEM, base64 DER or raw)
 * backoffice.state-dir              folder for the last good price book
 * backoffice.api-token              optional bearer token; never logged
 * backoffice.price-book.max-bytes   largest price-book body accepted (default 8388608)
 * backoffice.price-book.max-future-skew  how far a book's issue time may be ahead of the kiosk's
 *                                   clock (default PT15M, at most PT24H)
 * backoffice.timeout.connect        ISO-8601 duration (default PT10S)
 * backoffice.timeout.read           between two reads of a response (default PT20S)
 * backoffice.timeout.call           a whole exchange, body included (default PT60S)
 * backoffice.timeout.block-list     a whole IMEI check (default PT5S)
 * backoffice.interval.price-book    between two price-book refreshes (default PT1H)
 * backoffice.interval.outbox        between two outbox uploads (default PT1M)
 * backoffice.interval.heartbeat     between two heartbeats (default PT5M)
 * </pre>
 *
 * Any other {@code backoffice.*} key is an error: a typo must not silently drop a setting.
 */
public record BackOfficeConfig(
        HttpUrl baseUrl,
        String kioskId,
        FleetKey fleetKey,
        Path stateDir,
        Optional<String> apiToken,
        long maxPriceBookBytes,
        Duration maxFutureSkew,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        Duration blockListTimeout,
        Duration priceBookInterval,
        Duration outboxInterval,
        Duration heartbeatInterval) {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    /** Every key this record reads; any other {@code backoffice.*} key is a typo and refused. */
    public static final Set<String> KEYS = Set.of(
            "backoffice.url",
            "backoffice.kiosk-id",
            "backoffice.fleet-public-key",
            "backoffice.state-dir",
            "backoffice.api-token",
            "backoffice.price-book.max-bytes",
            "backoffice.price-book.max-future-skew",
            "backoffice.timeout.connect",
            "backoffice.timeout.read",
            "backoffice.timeout.call",
            "backoffice.timeout.block-list",
            "backoffice.interval.price-book",
            "backoffice.interval.outbox",
            "backoffice.interval.heartbeat");

    /** The largest skew allowed for a price book's issue time ahead of the kiosk's clock. */
    private static final Duration LONGEST_FUTURE_SKEW = Duration.ofHours(24);

    public BackOfficeConfig {
        if (!baseUrl.isHttps() && !LOOPBACK.contains(baseUrl.host())) {
            throw new IllegalArgumentException("backoffice.url: must be https, was " + baseUrl);
        }
        if (!kioskId.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException(
                    "backoffice.kiosk-id: letters, digits, . _ - (1 to 64), was \"" + kioskId + "\"");
        }
        if (maxPriceBookBytes < 1024 || maxPriceBookBytes > 256L * 1024 * 1024) {
            throw new IllegalArgumentException(
                    "backoffice.price-book.max-bytes: 1024 to 268435456, was " + maxPriceBookBytes);
        }
        if (maxFutureSkew.isNegative() || maxFutureSkew.compareTo(LONGEST_FUTURE_SKEW) > 0) {
            throw new IllegalArgumentException(
                    "backoffice.price-book.max-future-skew: 0 to " + LONGEST_FUTURE_SKEW + ", was " + maxFutureSkew);
        }
        positive("backoffice.timeout.connect", connectTimeout);
        positive("backoffice.timeout.read", readTimeout);
        positive("backoffice.timeout.call", callTimeout);
        positive("backoffice.timeout.block-list", blockListTimeout);
        atLeastOneSecond("backoffice.interval.price-book", priceBookInterval);
        atLeastOneSecond("backoffice.interval.outbox", outboxInterval);
        atLeastOneSecond("backoffice.interval.heartbeat", heartbeatInterval);
    }

    /**
     * Reads the {@code backoffice.*} keys of a configuration.
     *
     * @throws IllegalArgumentException starting with the key at fault: a missing or bad value, or a
     *     key this record does not know (a typo would otherwise drop its setting silently)
     */
    /** The URL of a page on the fleet's host, such as its verification page {@code /c}. */
    public String pageOnFleetHost(String absolutePath) {
        return baseUrl.resolve(absolutePath).toString();
    }

    public static BackOfficeConfig from(Map<String, String> properties) {
        Set<String> unknown = new TreeSet<>();
        for (String key : properties.keySet()) {
            if (key.startsWith("backoffice.") && !KEYS.contains(key)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    unknown.iterator().next() + ": unknown key; known keys are " + new TreeSet<>(KEYS));
        }
        String url = required(properties, "backoffice.url");
        HttpUrl baseUrl = HttpUrl.parse(url.endsWith("/") ? url : url + "/");
        if (baseUrl == null) {
            throw new IllegalArgumentException("backoffice.url: not an http(s) URL: " + url);
        }
        FleetKey key;
        try {
            key = FleetKey.parse(required(properties, "backoffice.fleet-public-key"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("backoffice.fleet-public-key: " + e.getMessage(), e);
        }
        return new BackOfficeConfig(
                baseUrl,
                required(properties, "backoffice.kiosk-id"),
                key,
                Path.of(required(properties, "backoffice.state-dir")),
                Optional.ofNullable(properties.get("backoffice.api-token")).filter(t -> !t.isBlank()),
                longValue(properties, "backoffice.price-book.max-bytes", 8L * 1024 * 1024),
                duration(properties, "backoffice.price-book.max-future-skew", Duration.ofMinutes(15)),
                duration(properties, "backoffice.timeout.connect", Duration.ofSeconds(10)),
                duration(properties, "backoffice.timeout.read", Duration.ofSeconds(20)),
                duration(properties, "backoffice.timeout.call", Duration.ofSeconds(60)),
                duration(properties, "backoffice.timeout.block-list", Duration.ofSeconds(5)),
                duration(properties, "backoffice.interval.price-book", Duration.ofHours(1)),
                duration(properties, "backoffice.interval.outbox", Duration.ofMinutes(1)),
                duration(properties, "backoffice.interval.heartbeat", Duration.ofMinutes(5)));
    }

    @Override
    public String toString() {
        return "BackOfficeConfig[" + baseUrl + ", kiosk " + kioskId + ", state " + stateDir + ", token "
                + (apiToken.isPresent() ? "set" : "none") + "]";
    }

    private static String required(Map<String, String> properties, String key) {
        String value = properties.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + ": missing");
        }
        return value.strip();
    }

    private static long longValue(Map<String, String> properties, String key, long fallback) {
        String value = properties.get(key);
        try {
            return value == null ? fallback : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a whole number: " + value, e);
        }
    }

    private static Duration duration(Map<String, String> properties, String key, Duration fallback) {
        String value = properties.get(key);
        try {
            return value == null ? fallback : Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + ": not an ISO-8601 duration such as PT5S: " + value, e);
        }
    }

    private static void atLeastOneSecond(String key, Duration value) {
        if (value.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException(key + ": at least PT1S, was " + value);
        }
    }

    private static void positive(String key, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + ": must be positive, was " + value);
        }
    }
}
