package org.cleartrade.core.receipt;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.cleartrade.pricing.quote.Money;

/**
 * The words, amounts and times of receipts in one language: the {@code receipts} bundle of this
 * package (English, 简体中文, Español), money in the currency's own minor units, and times in the
 * kiosk's zone, whose UTC offset each receipt prints once so it reads unambiguously anywhere. Immutable.
 *
 * <p>Messages are {@link MessageFormat} patterns: an apostrophe is written {@code ''}.
 */
public final class ReceiptCopy {
    private static final String BUNDLE = "org.cleartrade.core.receipt.receipts";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("'UTC'xxx");

    private final Locale locale;
    private final ZoneId zone;
    private final ResourceBundle bundle;

    public ReceiptCopy(Locale locale, ZoneId zone) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Copy for a BCP 47 language tag such as {@code en}, {@code zh-Hans} or {@code es}. */
    public static ReceiptCopy forLanguage(String languageTag, ZoneId zone) {
        return new ReceiptCopy(Locale.forLanguageTag(languageTag), zone);
    }

    public Locale locale() {
        return locale;
    }

    /** The message for {@code key}, formatted with {@code args}. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("receipt copy has no key '" + key + "' for " + locale, e);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The message for {@code key}, or {@code fallback} when the bundle has none (e.g. new deduction reasons). */
    public String textOr(String key, String fallback) {
        return bundle.containsKey(key) ? text(key) : fallback;
    }

    /** An amount with the currency's symbol and digits as this language writes it. */
    public String money(Money money) {
        Currency currency = Currency.getInstance(money.currency());
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        // Spanish and others put a no-break space before the symbol; thermal fonts print it as a space.
        return format.format(BigDecimal.valueOf(money.minorUnits(), digits)).replace('\u00A0', ' ');
    }

    /** A local date and time, e.g. {@code 2026-11-23 19:05}; {@link #zone} says which zone. */
    public String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    /** The line that says in which zone the times of a receipt are, e.g. "Times in UTC+08:00". */
    public String zone(Instant at) {
        return text("times", OFFSET.format(at.atZone(zone)));
    }
}
