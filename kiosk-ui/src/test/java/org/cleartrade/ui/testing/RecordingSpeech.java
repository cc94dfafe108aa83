package org.cleartrade.ui.testing;

import java.util.ArrayList;
import java.util.List;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.speech.SpeechOutput;

/** A speech engine that is installed and writes down what it is asked to say, in order. */
public final class RecordingSpeech implements SpeechOutput {

    /** One thing said, in the language it was said in. */
    public record Said(String text, Language language) {}

    private final List<Said> said = new ArrayList<>();
    private int stops;

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void say(String text, Language language) {
        said.add(new Said(text, language));
    }

    @Override
    public void stop() {
        stops++;
    }

    public List<Said> said() {
        return List.copyOf(said);
    }

    public List<String> texts() {
        return said.stream().map(Said::text).toList();
    }

    public int stops() {
        return stops;
    }

    public void clear() {
        said.clear();
    }
}
