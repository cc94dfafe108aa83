package org.cleartrade.ui.speech;

import java.io.File;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cleartrade.ui.i18n.Language;

/**
 * Spoken prompts through the {@code espeak-ng} command (Debian package {@code espeak-ng}). Each
 * prompt starts a short-lived process; a new prompt ends the previous one so the kiosk never talks
 * over itself. The text goes as an argument, never through a shell.
 */
public final class EspeakSpeech implements SpeechOutput {

    private static final System.Logger LOG = System.getLogger(EspeakSpeech.class.getName());

    private final Path executable;
    private Process current;

    private EspeakSpeech(Path executable) {
        this.executable = executable;
    }

    /** The engine on {@code PATH}, if installed. */
    public static Optional<SpeechOutput> find(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "espeak-ng");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new EspeakSpeech(candidate));
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public synchronized void say(String text, Language language) {
        stop();
        List<String> command = List.of(executable.toString(), "-v", voice(language), "-s", "150", text);
        try {
            current = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "espeak-ng could not start: {0}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (current != null && current.isAlive()) {
            current.destroy();
        }
        current = null;
    }

    static String voice(Language language) {
        return switch (language) {
            case ENGLISH -> "en";
            case CHINESE -> "cmn";
            case SPANISH -> "es";
        };
    }
}
