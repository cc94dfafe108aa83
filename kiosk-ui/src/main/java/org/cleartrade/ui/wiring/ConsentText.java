package org.cleartrade.ui.wiring;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.screen.consent.ConsentWording;

/**
 * The consent text exactly as the consent screen shows it, so the certificate can record the hash
 * of what the seller agreed to, in the language they read it in.
 */
public final class ConsentText {

    /** Changes whenever the consent copy in {@code ui*.properties} changes meaning. */
    public static final String VERSION = "erase-consent/2026-12";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ConsentText() {}

    /**
     * The text the consent screen showed for this session: its language ({@code en}, {@code
     * zh-Hans}, {@code es}) and the paragraphs its phone gets ({@link ConsentWording}).
     */
    public static String shown(SessionSnapshot snapshot) {
        Locale locale =
                Language.fromTag(snapshot.language()).orElse(Language.ENGLISH).locale();
        ResourceBundle b = ResourceBundle.getBundle(
                "org.cleartrade.assets.i18n.ui", locale, ConsentText.class.getClassLoader(), NO_FALLBACK);
        return ConsentWording.keys(snapshot).stream().map(b::getString).collect(Collectors.joining("\n"));
    }
}
