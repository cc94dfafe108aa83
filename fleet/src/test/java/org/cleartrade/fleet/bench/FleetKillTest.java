package org.cleartrade.fleet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.cleartrade.fleet.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A short kill test for every build; the full run is {@link FleetKillHarness#main} (figures in
 * docs/BENCHMARKS.md). Set {@code -Dfleet.killtest.kills=N} to run more here.
 */
class FleetKillTest {

    @Test
    @Timeout(600)
    void anInstanceKilledDuringIngestLosesNothingItAcknowledged() throws Exception {
        int kills = Integer.getInteger("fleet.killtest.kills", 3);
        long seed = Long.getLong("fleet.killtest.seed", System.nanoTime());
        Path folder = Files.createTempDirectory(
                "fleet-kill", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));

        FleetKillHarness.Result result =
                new FleetKillHarness(TestPostgres.freshDatabase(), folder, seed).run(kills, line -> {});

        assertThat(result.violations()).as("violations with seed %d", seed).isEmpty();
        assertThat(result.acknowledged())
                .as("the kiosks got documents acknowledged")
                .isPositive();
        assertThat(result.stored()).isGreaterThanOrEqualTo(result.acknowledged());
    }
}
