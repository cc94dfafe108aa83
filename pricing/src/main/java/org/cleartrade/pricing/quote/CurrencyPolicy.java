package org.cleartrade.pricing.quote;

import java.util.Map;
import java.util.Optional;

/**
 * How the kiosk handles one currency: its minor digits, the step offers are rounded down to, the
 * smallest offer worth making, and the largest base price a price book may carry (anything above is
 * treated as a data error, not a price).
 *
 * @param minorDigits digits after the decimal point (2 for cents and fen, 0 for yen)
 * @param offerStep offers are rounded down to a multiple of this many minor units
 * @param minimumOffer below this many minor units the phone has no value to the kiosk
 * @param priceCeiling a base price above this many minor units is absurd
 */
public record CurrencyPolicy(String code, int minorDigits, long offerStep, long minimumOffer, long priceCeiling) {

    private static final Map<String, CurrencyPolicy> KNOWN = Map.of(
            "USD", new CurrencyPolicy("USD", 2, 100, 500, 300_000),
            "EUR", new CurrencyPolicy("EUR", 2, 100, 500, 300_000),
            "GBP", new CurrencyPolicy("GBP", 2, 100, 500, 300_000),
            "CNY", new CurrencyPolicy("CNY", 2, 100, 3_000, 2_500_000),
            "JPY", new CurrencyPolicy("JPY", 0, 100, 500, 450_000));

    public CurrencyPolicy {
        if (minorDigits < 0 || minorDigits > 3) {
            throw new IllegalArgumentException("minorDigits out of range for " + code + ": " + minorDigits);
        }
        if (offerStep < 1 || minimumOffer < 1 || priceCeiling <= minimumOffer) {
            throw new IllegalArgumentException("inconsistent currency policy for " + code);
        }
    }

    /** An amount in this currency as plain text, e.g. {@code 310.00 USD}; exact, never rounded. */
    public String format(long minorUnits) {
        return java.math.BigDecimal.valueOf(minorUnits, minorDigits).toPlainString() + " " + code;
    }

    /** The policy of a supported currency, or empty when the kiosk does not trade in it. */
    public static Optional<CurrencyPolicy> of(String code) {
        return Optional.ofNullable(KNOWN.get(code));
    }

    /** Like {@link #of(String)}, for configuration: an unsupported code is an error naming it. */
    public static CurrencyPolicy require(String code) {
        return of(code).orElseThrow(() -> new IllegalArgumentException("unsupported currency " + code + " (supported: "
                + String.join(", ", new java.util.TreeSet<>(KNOWN.keySet())) + ")"));
    }
}
