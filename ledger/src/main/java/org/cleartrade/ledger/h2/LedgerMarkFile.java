package org.cleartrade.ledger.h2;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import org.cleartrade.core.ledger.LedgerException;

/**
 * The file holding the {@link LedgerMark}, owner-only ({@code rw-------}) in an owner-only folder
 * (the kiosk's {@code keys/}, beside the signing keys, so a copy of the ledger folder alone never
 * carries it).
 *
 * <p>Written whole under a temporary name, synced, then renamed over the old one: a kill leaves
 * the old mark or the new one, never a torn one. The folder is not synced after the rename: a
 * power cut may bring back the previous mark, which is behind the ledger, and a ledger ahead of
 * its mark is accepted (buffered commits run ahead of it anyway). That saves one sync per commit.
 */
final class LedgerMarkFile {
    private static final FileAttribute<?> OWNER_ONLY_FILE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final FileAttribute<?> OWNER_ONLY_FOLDER =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private final Path file;
    private final Path temporary;

    LedgerMarkFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
        this.temporary = this.file.resolveSibling(this.file.getFileName() + ".tmp");
    }

    Path path() {
        return file;
    }

    /**
     * The mark, or empty when there is no mark file yet.
     *
     * @throws LedgerException when the file exists but is empty, unreadable or malformed
     */
    Optional<LedgerMark> read() {
        try {
            Files.deleteIfExists(temporary);
            return Optional.of(LedgerMark.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new LedgerException("cannot read the ledger mark " + file + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the mark, durably enough that it is this mark or the one before after any crash. */
    void write(LedgerMark mark) {
        try {
            Path folder = file.getParent();
            if (!Files.isDirectory(folder)) {
                createFolder(folder);
            }
            try (FileChannel channel = openTemporary()) {
                ByteBuffer bytes = ByteBuffer.wrap(mark.text().getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(false);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LedgerException("cannot write the ledger mark " + file + ": " + e.getMessage(), e);
        }
    }

    private FileChannel openTemporary() throws IOException {
        EnumSet<StandardOpenOption> options =
                EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        try {
            return FileChannel.open(temporary, options, OWNER_ONLY_FILE);
        } catch (UnsupportedOperationException e) {
            return FileChannel.open(temporary, options);
        }
    }

    private static void createFolder(Path folder) throws IOException {
        try {
            Files.createDirectories(folder, OWNER_ONLY_FOLDER);
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(folder);
        }
    }
}
