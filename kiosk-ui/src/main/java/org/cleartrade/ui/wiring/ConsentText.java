package org.cleartrade.ui.wiring;

import java.util.Locale;
import java.util.ResourceBundle;
import org.cleartrade.ui.i18n.Language;

/**
 * The consent text exactly as the consent screen shows it, so the certificate can record the hash
 * of what the seller agreed to, in the language they read it in.
 */
public final class ConsentText {

    /** Changes whenever the consent copy in {@code ui*.properties} changes meaning. */
    public static final String VERSION = "erase-consent/2026-11";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ConsentText() {}

    /** The shown text for a session language tag ({@code en}, {@code zh-Hans}, {@code es}). */
    public static String shown(String languageTag) {
        Locale locale = Language.fromTag(languageTag).orElse(Language.ENGLISH).locale();
        ResourceBundle b = ResourceBundle.getBundle(
                "org.cleartrade.assets.i18n.ui", locale, ConsentText.class.getClassLoader(), NO_FALLBACK);
        return String.join(
                "\n",
                b.getString("consent.title"),
                b.getString("consent.scope.heading"),
                b.getString("consent.scope"),
                b.getString("consent.method.heading"),
                b.getString("consent.method"),
                b.getString("consent.effect.heading"),
                b.getString("consent.effect"));
    }
}
