package org.cleartrade.ui.speech;

import org.cleartrade.ui.i18n.Language;

/** Speaks a screen's prompt aloud. Implementations return at once and never block the UI thread. */
public interface SpeechOutput {

    /** Whether a speech engine is installed, so the header can offer the toggle. */
    boolean available();

    /**
     * Speaks {@code text} after whatever is being said and waiting to be said: nothing is cut off,
     * so an amount or a question is always heard to its end.
     */
    void say(String text, Language language);

    /** Stops speaking and drops everything still waiting (the seller turned speech off or left). */
    void stop();
}
