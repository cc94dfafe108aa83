package org.cleartrade.ledger.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.ledger.testing.SessionWriter;
import org.cleartrade.ledger.testing.StepClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The half of durability a kill test cannot see: a SIGKILL keeps whatever reached the OS, a power
 * cut keeps only what was forced to the device. Counts {@code FileChannel.force} under the ledger.
 */
class H2LedgerSyncTest {
    @TempDir
    Path folder;

    private final StepClock clock = StepClock.startingAt("2026-11-23T10:00:00Z");

    @Test
    void forcesTheFileToDiskForEverySyncedCommitAndNeverForABufferedOne() {
        ForceCountingFileSystem.register();
        try (H2Ledger ledger = H2Ledger.open(folder, clock, ForceCountingFileSystem.SCHEME + ":")) {
            SessionWriter session = new SessionWriter(ledger, "s1", clock);

            ForceCountingFileSystem.reset();
            for (int i = 0; i < 20; i++) {
                session.step("Buffered", "X", Durability.BUFFERED);
            }
            assertThat(ForceCountingFileSystem.forces())
                    .as("forces for 20 buffered commits")
                    .isZero();

            for (int i = 0; i < 5; i++) {
                long before = ForceCountingFileSystem.forces();
                session.step("Synced", "Y", Durability.SYNCED);
                assertThat(ForceCountingFileSystem.forces() - before)
                        .as("forces for synced commit %d", i)
                        .isEqualTo(1);
            }
        }
    }
}
