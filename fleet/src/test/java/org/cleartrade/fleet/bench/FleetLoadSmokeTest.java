package org.cleartrade.fleet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.cleartrade.fleet.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The load harness, small enough for every build: it runs, it loses nothing, and every request is
 * answered. The full-size run (1,000 kiosks) is {@link FleetLoadHarness#main}; its figures are in
 * docs/BENCHMARKS.md.
 */
class FleetLoadSmokeTest {

    @Test
    @Timeout(600)
    void thirtyKiosksOnTwoInstancesAreAllAnsweredAndTheirBacklogsStored() throws Exception {
        Path folder = Files.createTempDirectory(
                "fleet-load", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        var settings = new FleetLoadHarness.Settings(30, 2, 8, 60, 30, 5, 8);

        FleetLoadHarness.Result result =
                new FleetLoadHarness(TestPostgres.freshDatabase(), folder, settings).run(line -> {});

        assertThat(result.errors()).as("%s", result.errorKinds()).isZero();
        assertThat(result.latency()).containsKeys("backlog upload", "steady upload", "steady heartbeat");
        assertThat(result.tradesStored()).isGreaterThanOrEqualTo(30L * 4);
        assertThat(result.documentsStored()).isPositive();
        assertThat(result.documentsPending()).as("every kiosk's backlog stored").isZero();
    }
}
