package org.cleartrade.pricing.book;

import java.math.BigDecimal;
import org.cleartrade.pricing.quote.CurrencyPolicy;

/** A price as the book writes it (decimal major units) read exactly into minor units. */
final class PriceText {

    private PriceText() {}

    /**
     * @throws IllegalArgumentException saying why the text is not an acceptable price: not a
     *     number, not positive, more decimals than the currency has, or above its ceiling
     */
    static long minorUnits(String text, CurrencyPolicy currency) {
        long plain = plainMinorUnits(text, currency.minorDigits());
        if (plain > 0 && plain <= currency.priceCeiling()) {
            return plain;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("price \"" + text + "\" is not a number", e);
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("price must be positive, was " + text);
        }
        if (amount.scale() > currency.minorDigits()) {
            throw new IllegalArgumentException(
                    "price " + text + " has more than " + currency.minorDigits() + " decimals");
        }
        long minor = amount.movePointRight(currency.minorDigits()).longValue();
        if (amount.precision() - amount.scale() > 15 || minor > currency.priceCeiling()) {
            throw new IllegalArgumentException("price " + text + " is above the ceiling for " + currency.code());
        }
        return minor;
    }

    /**
     * The common case without allocation: digits, optionally a point and at most {@code minorDigits}
     * digits, at most 15 digits before the point. Anything else returns -1 and takes the exact path
     * through {@link BigDecimal}, which also words the error.
     */
    static long plainMinorUnits(String text, int minorDigits) {
        int length = text.length();
        int point = text.indexOf('.');
        int whole = point < 0 ? length : point;
        int decimals = point < 0 ? 0 : length - point - 1;
        if (whole < 1 || whole > 15 || decimals > minorDigits || (point >= 0 && decimals == 0)) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (i == point) {
                continue;
            }
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        for (int i = decimals; i < minorDigits; i++) {
            value *= 10;
        }
        return value;
    }
}
