package org.cleartrade.ledger.h2;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.cleartrade.core.ledger.LedgerException;

/**
 * Takes group and other permissions off the ledger's folder and files: they hold names, birth
 * dates and document numbers. The folder alone would do (no one else can reach into it), and the
 * files are narrowed too, so a copy made with {@code cp -p} stays private. Owner bits are left as
 * they are, so a ledger made read-only on purpose stays read-only. Does nothing where the file
 * system has no POSIX permissions.
 */
final class OwnerOnly {
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnly() {}

    /** The folder: {@code rwx------}. */
    static void folder(Path folder) {
        narrow(folder, PosixFilePermissions.fromString("rwx------"));
    }

    /** Every file directly in the folder loses its group and other permissions. */
    static void filesIn(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, Files::isRegularFile)) {
            for (Path file : files) {
                Set<PosixFilePermission> owner = EnumSet.noneOf(PosixFilePermission.class);
                owner.addAll(Files.getPosixFilePermissions(file));
                owner.removeAll(OTHERS);
                narrow(file, owner);
            }
        } catch (UnsupportedOperationException e) {
            // No POSIX permissions on this file system (a Windows share, say): nothing to narrow.
        } catch (IOException e) {
            throw new LedgerException("cannot make the ledger files in " + folder + " private: " + e.getMessage(), e);
        }
    }

    private static void narrow(Path path, Set<PosixFilePermission> permissions) {
        try {
            if (!Files.getPosixFilePermissions(path).equals(permissions)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (UnsupportedOperationException e) {
            // As above: the file system cannot say who may read.
        } catch (IOException e) {
            throw new LedgerException("cannot make " + path + " private to the kiosk's user: " + e.getMessage(), e);
        }
    }
}
