package org.cleartrade.deviceio;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * A simulated device's physical state in a small properties file, written atomically (temporary
 * file, then rename) so a kill at any moment leaves either the old or the new state. The
 * temporary file has one fixed name beside the state, {@code <name>.tmp}, so a kill between the
 * write and the rename leaves at most that one file, and the next read deletes it. Because that
 * name is shared, writes through one instance are serialized: two threads of a simulator saving at
 * once would otherwise rename each other's temporary file away.
 */
public final class StateFile {

    private final Path file;
    private final String what;

    /** @param what names the state in error messages, e.g. "latch snapshot" */
    public StateFile(Path file, String what) {
        this.file = file;
        this.what = what;
    }

    /** The saved values; empty when the file does not exist yet. */
    public Optional<Values> read() {
        deleteLeftovers();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + file, e);
        }
        return Optional.of(new Values(p, file));
    }

    /** Replaces the file with {@code text}, {@code key=value} lines. */
    public synchronized void write(String text) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = temporary();
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                out.write(text);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + what + " " + file, e);
        }
    }

    private Path temporary() {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    /**
     * Deletes the temporary file a killed write left, and those of earlier versions, which drew a
     * random number between the name and {@code .tmp}.
     */
    private void deleteLeftovers() {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            return;
        }
        String name = file.getFileName().toString();
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, p -> {
            String other = p.getFileName().toString();
            return other.startsWith(name)
                    && other.endsWith(".tmp")
                    && other.substring(name.length(), other.length() - 4).matches("[0-9]*");
        })) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete what a cut-short write of " + what + " " + file + " left", e);
        }
    }

    /**
     * The values of a read file. Every getter refuses a missing or malformed value with an
     * {@link IllegalArgumentException} that names the file, the key and what it found.
     */
    public static final class Values {
        private final Properties properties;
        private final Path file;

        private Values(Properties properties, Path file) {
            this.properties = properties;
            this.file = file;
        }

        /** The value of {@code key}, stripped; missing or blank is refused. */
        public String text(String key) {
            String v = properties.getProperty(key);
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException(file + ": " + key + " is missing");
            }
            return v.strip();
        }

        /** The value of {@code key}, or {@code fallback} when the key is absent. */
        public String text(String key, String fallback) {
            return properties.getProperty(key, fallback);
        }

        public int integer(String key) {
            String v = text(key);
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw invalid(key, "a whole number", v);
            }
        }

        /** True for {@code yes}, false for {@code no}; anything else is refused. */
        public boolean choice(String key, String yes, String no) {
            String v = text(key);
            if (yes.equals(v)) {
                return true;
            }
            if (no.equals(v)) {
                return false;
            }
            throw invalid(key, yes + " or " + no, v);
        }

        /** The error for a value of {@code key} that breaks {@code rule}. */
        public IllegalArgumentException invalid(String key, String rule, String was) {
            return new IllegalArgumentException(file + ": " + key + " must be " + rule + ", was " + was);
        }
    }
}
