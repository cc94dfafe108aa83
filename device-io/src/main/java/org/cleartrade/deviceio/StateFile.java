package org.cleartrade.deviceio;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * A simulated device's physical state in a small properties file, written atomically (temporary
 * file, then rename) so a kill at any moment leaves either the old or the new state.
 */
public final class StateFile {

    private final Path file;
    private final String what;

    /** @param what names the state in error messages, e.g. "latch snapshot" */
    public StateFile(Path file, String what) {
        this.file = file;
        this.what = what;
    }

    public Path path() {
        return file;
    }

    /** The saved properties; empty when the file does not exist yet. */
    public Optional<Properties> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + file, e);
        }
        return Optional.of(p);
    }

    /** Replaces the file with {@code text}, {@code key=value} lines. */
    public void write(String text) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                out.write(text);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + what + " " + file, e);
        }
    }
}
