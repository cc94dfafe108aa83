package org.cleartrade.deviceio.dock.ios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A directory only its owner can enter, holding files only the owner can read, each replaced
 * atomically: written to a temporary file created with owner-only permissions, then renamed.
 * A directory or file that others can read is refused, as ssh refuses such a key.
 */
final class OwnerOnlyFiles {

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path directory;

    OwnerOnlyFiles(Path directory) throws IOException {
        this.directory = directory;
        if (Files.isDirectory(directory)) {
            requireOwnerOnly(directory, DIRECTORY);
        } else {
            // Missing parents are made owner-only too: nothing on the way needs to be readable by others.
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
        }
    }

    Path directory() {
        return directory;
    }

    void write(String name, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(directory, name, ".tmp", PosixFilePermissions.asFileAttribute(FILE));
        try {
            Files.write(temporary, bytes);
            Files.move(
                    temporary,
                    directory.resolve(name),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    byte[] read(String name) throws IOException {
        Path file = directory.resolve(name);
        requireOwnerOnly(file, FILE);
        return Files.readAllBytes(file);
    }

    boolean exists(String name) {
        return Files.exists(directory.resolve(name));
    }

    void delete(String name) throws IOException {
        Files.deleteIfExists(directory.resolve(name));
    }

    private static void requireOwnerOnly(Path path, Set<PosixFilePermission> allowed) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            throw new IOException(path + " is on a file system without owner-only permissions");
        }
        Set<PosixFilePermission> actual = view.readAttributes().permissions();
        if (!allowed.containsAll(actual)) {
            throw new IOException(path + " can be read by others (" + PosixFilePermissions.toString(actual)
                    + "); it must be " + PosixFilePermissions.toString(allowed));
        }
    }
}
