package org.cleartrade.ui.speech;

import org.cleartrade.ui.i18n.Language;

/** No speech engine: the toggle is hidden and nothing is said. */
public final class SilentSpeech implements SpeechOutput {

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public void say(String text, Language language) {
        // Nothing to speak with; the screen text is the prompt.
    }

    @Override
    public void stop() {
        // Nothing is playing.
    }
}
