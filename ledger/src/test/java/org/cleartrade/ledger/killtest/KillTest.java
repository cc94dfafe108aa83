package org.cleartrade.ledger.killtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short kill test for every build; the full run of 200 kills is {@link KillHarness#main}. Set
 * {@code -Dkilltest.kills=N} to run more here.
 */
class KillTest {
    @TempDir
    Path folder;

    @Test
    @Timeout(900)
    void losesNoAcknowledgedTransitionAndBreaksNoInvariantWhenKilledAtRandom() throws Exception {
        int kills = Integer.getInteger("killtest.kills", 12);
        long seed = Long.getLong("killtest.seed", System.nanoTime());

        KillHarness.Result result = new KillHarness(folder, seed).run(kills, line -> {});

        assertThat(result.violations()).as("violations with seed %d", seed).isEmpty();
        assertThat(result.acknowledged())
                .as("the workload got far enough to acknowledge commits")
                .isPositive();
    }
}
