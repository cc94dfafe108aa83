package org.cleartrade.ui.speech;

import org.cleartrade.ui.i18n.Language;

/** Speaks a screen's prompt aloud. Implementations return at once and never block the UI thread. */
public interface SpeechOutput {

    /** Whether a speech engine is installed, so the header can offer the toggle. */
    boolean available();

    /** Speaks {@code text}, cutting off whatever was being said. */
    void say(String text, Language language);

    /** Stops speaking. */
    void stop();
}
