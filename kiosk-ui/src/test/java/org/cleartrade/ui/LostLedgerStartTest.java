package org.cleartrade.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cleartrade.core.ledger.LedgerHistory.AuditRecord;
import org.cleartrade.ledger.h2.H2Ledger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk whose ledger file is gone does not come up looking alive on a new, empty ledger: it
 * shows why, exits non-zero for the service manager, and a technician's recorded decision lets it
 * start again.
 */
class LostLedgerStartTest {
    @TempDir
    Path data;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void aKioskWhoseLedgerFileWasDeletedExitsNonZeroWithTheReasonAndMakesNoNewLedger() throws Exception {
        KioskLedger.open(data, clock).close();
        Path file = KioskLedger.folder(data).resolve("ledger.mv.db");
        Files.delete(file);

        Result kiosk = startKiosk();

        assertThat(kiosk.exit()).isEqualTo(Launcher.LEDGER_LOST);
        assertThat(kiosk.stderr()).contains("the kiosk is out of service").contains("is missing");
        assertThat(file).doesNotExist();
    }

    @Test
    void aTechnicianStartsANewLedgerWithASignedDecisionAndTheKioskOpensIt() throws Exception {
        KioskLedger.open(data, clock).close();
        Files.write(KioskLedger.folder(data).resolve("ledger.mv.db"), new byte[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = LedgerCommand.run(
                new String[] {"new", "--by", "Dana Tech", "--reason", "disk failed, no backup"},
                data,
                clock,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Launcher.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ledger started new");
        try (H2Ledger ledger = KioskLedger.open(data, clock)) {
            List<AuditRecord> links = ledger.audit(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));
            assertThat(links).singleElement().satisfies(link -> {
                assertThat(link.actor()).isEqualTo("Dana Tech");
                assertThat(link.detail())
                        .contains("reason=disk failed, no backup")
                        .contains("signature=");
            });
        }
    }

    @Test
    void aDecisionWithoutItsAuthorIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = LedgerCommand.run(
                new String[] {"accept", "--reason", "restored"},
                data,
                clock,
                System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(Launcher.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: kiosk ledger accept");
    }

    private record Result(int exit, String stderr) {}

    /** The real launcher in its own JVM, on a headless screen, over the test's data folder. */
    private Result startKiosk() throws IOException, InterruptedException {
        Path config = data.resolve("kiosk.properties");
        Files.writeString(config, "kiosk.dataDir=" + data + "\n");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        for (String property : List.of(
                "glass.platform", "monocle.platform", "prism.order", "java.awt.headless", "headless.geometry")) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.addAll(
                List.of("-Dcleartrade.outOfServiceHold=1", Launcher.class.getName(), "--config", config.toString()));
        Path stderr = data.resolve("stderr.txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(data.resolve("stdout.txt").toFile())
                .redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the kiosk did not exit: " + Files.readString(stderr));
        }
        return new Result(process.exitValue(), Files.readString(stderr));
    }
}
