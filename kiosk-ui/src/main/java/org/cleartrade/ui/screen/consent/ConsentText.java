package org.cleartrade.ui.screen.consent;

import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.Language;

/**
 * The consent text exactly as the consent screen shows it: what the seller agrees to when they
 * tap "Erase", recorded then with its language and hash ({@link
 * org.cleartrade.core.session.SessionEvent.ConsentGiven}).
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
        ResourceBundle b = ResourceBundle.getBundle(
                "org.cleartrade.assets.i18n.ui",
                language(snapshot).locale(),
                ConsentText.class.getClassLoader(),
                NO_FALLBACK);
        return ConsentWording.keys(snapshot).stream().map(b::getString).collect(Collectors.joining("\n"));
    }

    /** The seller agrees to the text the screen shows for this session, in its language. */
    public static SessionEvent.ConsentGiven agreed(SessionSnapshot snapshot) {
        return new SessionEvent.ConsentGiven(VERSION, language(snapshot).tag(), shown(snapshot));
    }

    private static Language language(SessionSnapshot snapshot) {
        return Language.fromTag(snapshot.language()).orElse(Language.ENGLISH);
    }
}
