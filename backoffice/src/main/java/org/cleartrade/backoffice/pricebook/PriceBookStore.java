package org.cleartrade.backoffice.pricebook;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Keeps the last good signed price book on disk so a restart, a power cut or days without the back
 * office never lose it.
 *
 * <p>Two files in the state folder: {@code price-book.signed.json}, the envelope exactly as the back
 * office sent it (re-verified on every load), and {@code price-book.etag}, the entity tag that goes
 * with it. Each is written to a temporary file, forced to the device, then moved over the old one in
 * a single atomic rename, so a reader finds the old pair or the new one, never half a file.
 *
 * <p>Threading: callers serialise writes (the updater holds its lock).
 */
public final class PriceBookStore {

    static final String BOOK_FILE = "price-book.signed.json";
    static final String ETAG_FILE = "price-book.etag";

    private final Path folder;

    public PriceBookStore(Path folder) {
        this.folder = folder;
    }

    /** What was stored last, if anything. */
    public Optional<Stored> load() throws IOException {
        Path book = folder.resolve(BOOK_FILE);
        if (!Files.exists(book)) {
            return Optional.empty();
        }
        Path etagFile = folder.resolve(ETAG_FILE);
        Optional<String> etag = Files.exists(etagFile)
                ? Optional.of(Files.readString(etagFile, StandardCharsets.UTF_8).strip())
                        .filter(e -> !e.isEmpty())
                : Optional.empty();
        return Optional.of(new Stored(Files.readAllBytes(book), etag));
    }

    /** Stores a verified envelope and its entity tag, each replaced atomically. */
    public void save(byte[] envelope, Optional<String> etag) throws IOException {
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve(ETAG_FILE));
        replace(BOOK_FILE, envelope);
        if (etag.isPresent()) {
            replace(ETAG_FILE, etag.get().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Where the envelope lives, for messages. */
    public Path bookFile() {
        return folder.resolve(BOOK_FILE);
    }

    private void replace(String name, byte[] bytes) throws IOException {
        Path target = folder.resolve(name);
        Path temporary = Files.createTempFile(folder, name, ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the state folder " + folder + " cannot rename atomically", e);
            }
            forceDirectory();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Makes the rename itself durable; not every file system lets a directory be opened. */
    private void forceDirectory() {
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException e) {
            // Windows and some file systems refuse to open a directory; the rename still happened.
        }
    }

    /** An envelope as stored, not yet verified. */
    public record Stored(byte[] envelope, Optional<String> etag) {}
}
