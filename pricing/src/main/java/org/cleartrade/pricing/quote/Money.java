package org.cleartrade.pricing.quote;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in the smallest unit of an ISO 4217 currency (cents, fen). Money is never a float.
 */
public record Money(long minorUnits, String currency) {
    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, was " + currency);
        }
    }

    /**
     * The amount in major units with the currency's usual decimals and its code, as staff logs and
     * the audit read it: {@code 280.00 USD}, {@code 1450 JPY}. Not for sellers, who see it in their
     * own locale's format.
     */
    public String text() {
        return BigDecimal.valueOf(minorUnits, fractionDigits(currency)).toPlainString() + " " + currency;
    }

    /**
     * Reads {@link #text()} back.
     *
     * @throws IllegalArgumentException when {@code text} is not an amount and a currency code
     */
    public static Money parse(String text) {
        String[] parts = text.strip().split(" ");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not an amount and a currency: " + text);
        }
        try {
            long minor = new BigDecimal(parts[0])
                    .movePointRight(fractionDigits(parts[1]))
                    .longValueExact();
            return new Money(minor, parts[1]);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("not an amount in " + parts[1] + ": " + parts[0], e);
        }
    }

    private static int fractionDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException unknownCode) {
            return 2;
        }
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " and " + other.currency);
        }
    }
}
