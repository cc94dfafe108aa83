package org.cleartrade.ui.speech;

import java.io.File;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.cleartrade.ui.i18n.Language;

/**
 * Spoken prompts through the {@code espeak-ng} command (Debian package {@code espeak-ng}). Each
 * utterance is a short-lived process; utterances wait their turn on one daemon thread, so the
 * kiosk never talks over itself and never cuts a sentence short. {@link #stop} ends the current one
 * and drops the rest. The text goes as an argument, never through a shell.
 */
public final class EspeakSpeech implements SpeechOutput {

    private static final System.Logger LOG = System.getLogger(EspeakSpeech.class.getName());

    private final Path executable;
    private final ExecutorService queue = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "espeak-ng");
        t.setDaemon(true);
        return t;
    });
    /** Bumped by {@link #stop}: utterances queued under an older generation are skipped. */
    private final AtomicLong generation = new AtomicLong();
    /** Whether espeak-ng's complaint has been logged: once is enough, not once per sentence. */
    private final AtomicBoolean complained = new AtomicBoolean();

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
    public void say(String text, Language language) {
        long queuedIn = generation.get();
        List<String> command = command(executable, text, language);
        queue.execute(() -> speak(command, queuedIn));
    }

    /** The espeak-ng command line for one utterance. */
    static List<String> command(Path executable, String text, Language language) {
        return List.of(executable.toString(), "-v", voice(language), "-s", "150", text);
    }

    private void speak(List<String> command, long queuedIn) {
        Process process;
        synchronized (this) {
            if (queuedIn != generation.get()) {
                return;
            }
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).start();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "espeak-ng could not start: {0}", e.getMessage());
                return;
            }
            current = process;
        }
        try {
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            complainOnce(said);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "espeak-ng's output could not be read: {0}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
        }
    }

    /**
     * espeak-ng prints nothing when it speaks, and exits 0 even when it could not open the sound
     * card; what it printed is the only sign that a seller who turned speech on hears nothing.
     */
    private void complainOnce(String said) {
        if (!said.isBlank() && complained.compareAndSet(false, true)) {
            String what = said.strip();
            LOG.log(
                    Level.WARNING,
                    "espeak-ng reported a problem, so spoken prompts may be silent: {0}",
                    what.length() <= 300 ? what : what.substring(0, 300) + "…");
        }
    }

    @Override
    public synchronized void stop() {
        generation.incrementAndGet();
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
