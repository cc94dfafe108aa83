package org.cleartrade.ui.i18n;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cleartrade.pricing.quote.Money;

/**
 * The seller-facing copy in the current language. Bundles live in the assets module under
 * {@code org/cleartrade/assets/i18n}: {@code ui} for screens, {@code checklist} for the security
 * checklist. English is the base bundle; there is no fallback to the JVM's default locale, so a
 * Chinese kiosk on an English machine still speaks Chinese.
 *
 * <p>Threading: UI thread only (it owns a property views bind to).
 */
public final class UiText {

    private static final String UI_BUNDLE = "org.cleartrade.assets.i18n.ui";
    private static final String CHECKLIST_BUNDLE = "org.cleartrade.assets.i18n.checklist";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ReadOnlyObjectWrapper<Language> language;
    private final ZoneId zone;
    private final OfferedLanguages offered;

    /**
     * @param zone the kiosk's time zone, for validity windows and expiry times
     * @param offered the languages the jurisdiction offers
     */
    public UiText(Language initial, ZoneId zone, OfferedLanguages offered) {
        this.language = new ReadOnlyObjectWrapper<>(initial);
        this.zone = zone;
        this.offered = offered;
    }

    public OfferedLanguages offered() {
        return offered;
    }

    /** An amount in the current language's conventions, in its own currency. */
    public String money(Money money) {
        Currency currency = Currency.getInstance(money.currency());
        NumberFormat format = NumberFormat.getCurrencyInstance(language.get().locale());
        format.setCurrency(currency);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(money.minorUnits(), digits));
    }

    /** A time of day at the kiosk, such as 14:05. */
    public String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(language.get().locale())
                .format(instant.atZone(zone));
    }

    /** A date and time at the kiosk. */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.get().locale())
                .format(instant.atZone(zone));
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public Language language() {
        return language.get();
    }

    public void switchTo(Language next) {
        language.set(next);
    }

    /** The copy for {@code key}, formatted with {@code args}; a missing key shows as {@code !key!}. */
    public String get(String key, Object... args) {
        return format(UI_BUNDLE, key, args);
    }

    /**
     * The copy for {@code key} in {@code other} rather than the current language: the attract
     * screen greets every passer-by in each language the kiosk offers.
     */
    public String getIn(Language other, String key) {
        try {
            return ResourceBundle.getBundle(UI_BUNDLE, other.locale(), UiText.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** Checklist copy: {@code <item>.title}, {@code <item>.why}, {@code <item>.how}. */
    public String checklist(String key) {
        return format(CHECKLIST_BUNDLE, key);
    }

    /** A binding that follows the language, for labels whose text never depends on the session. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), language);
    }

    /** Whether the checklist bundle of the current language has {@code key}. */
    public boolean hasChecklist(String key) {
        return bundle(CHECKLIST_BUNDLE).containsKey(key);
    }

    public boolean has(String key) {
        return bundle(UI_BUNDLE).containsKey(key);
    }

    private String format(String bundleName, String key, Object... args) {
        try {
            String pattern = bundle(bundleName).getString(key);
            return args.length == 0
                    ? pattern
                    : new MessageFormat(pattern, language.get().locale()).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    private ResourceBundle bundle(String name) {
        return ResourceBundle.getBundle(name, language.get().locale(), UiText.class.getClassLoader(), NO_FALLBACK);
    }
}
