package org.cleartrade.core.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary folder that goes with the process: simulators and tours keep throw-away state in it
 * (an iPhone's pairing keys, a tour's ledger), and a machine that runs them thousands of times
 * does not fill its {@code /tmp} with them. A process killed outright leaves it behind, as any
 * temporary file.
 */
public final class ScratchFolder {

    private ScratchFolder() {}

    /** A new owner-only folder in the system's temporary folder, deleted with what it holds at exit. */
    public static Path create(String prefix) {
        Path folder;
        try {
            folder = Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a scratch folder " + prefix, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder), "delete " + folder.getFileName()));
        return folder;
    }

    /** Deletes {@code folder} and all it holds; at exit, stderr is the one place to say what stays. */
    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("scratch folder " + folder + " left behind: " + e);
        }
    }
}
