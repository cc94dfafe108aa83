package org.cleartrade.ledger.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.cleartrade.core.ledger.LedgerException;
import org.cleartrade.ledger.testing.StepClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder the ledger lives in: what its name may hold, and who may read it. */
class H2LedgerFolderTest {
    @TempDir
    Path parent;

    private final StepClock clock = StepClock.startingAt("2026-11-23T10:00:00Z");

    @Test
    void aFolderNameCarryingADatabaseSettingIsRefusedAndRunsNothing() {
        Path folder = parent.resolve("d;INIT=CREATE TABLE PWNED(X INT)\\;--");

        assertThatThrownBy(() -> H2Ledger.open(folder, clock))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("must not contain ';'");
        assertThat(parent.resolve("d.mv.db")).doesNotExist();
    }

    @Test
    void theFolderAndItsFilesAreTheOwnersOnly() throws IOException {
        Path folder = parent.resolve("ledger");

        H2Ledger.open(folder, clock).close();

        assertThat(permissions(folder)).isEqualTo("rwx------");
        assertThat(permissions(folder.resolve("ledger.mv.db"))).isEqualTo("rw-------");
    }

    @Test
    void aLedgerLeftReadableByOthersIsMadeOwnerOnlyAtOpen() throws IOException {
        Path folder = parent.resolve("ledger");
        H2Ledger.open(folder, clock).close();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(folder.resolve("ledger.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));

        H2Ledger.open(folder, clock).close();

        assertThat(permissions(folder)).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> assertThat(permissions(f)).as(f.toString()).isEqualTo("rw-------"));
        }
    }

    @Test
    void aReadOnlyLedgerFileIsRefusedAtOpenNotAtTheFirstCommit() throws IOException {
        Path folder = parent.resolve("ledger");
        H2Ledger.open(folder, clock).close();
        Files.setPosixFilePermissions(folder.resolve("ledger.mv.db"), PosixFilePermissions.fromString("r--r--r--"));

        assertThatThrownBy(() -> H2Ledger.open(folder, clock))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("ledger.mv.db is read-only");
    }

    private static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
