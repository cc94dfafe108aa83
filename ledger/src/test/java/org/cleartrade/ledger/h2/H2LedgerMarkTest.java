package org.cleartrade.ledger.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cleartrade.core.ledger.Ledger.AuditVerification;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.core.ledger.LedgerException;
import org.cleartrade.core.ledger.LedgerFact.Audited;
import org.cleartrade.core.ledger.LedgerHistory.AuditRecord;
import org.cleartrade.core.ledger.LedgerLostException;
import org.cleartrade.ledger.testing.SessionWriter;
import org.cleartrade.ledger.testing.StepClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger's identity and high-water mark, kept outside the file: a ledger file that is missing,
 * emptied, cut short or replaced is refused at open, and a technician's decision brings it back.
 */
class H2LedgerMarkTest {
    @TempDir
    Path data;

    private final StepClock clock = StepClock.startingAt("2026-11-23T10:00:00Z");

    private Path folder() {
        return data.resolve("ledger");
    }

    private Path markFile() {
        return data.resolve("keys").resolve("ledger.mark");
    }

    private Path databaseFile() {
        return folder().resolve("ledger.mv.db");
    }

    private H2Ledger open() {
        return H2Ledger.open(folder(), markFile(), clock);
    }

    /** Writes {@code sessions} short sessions, each ending with a synced, audited commit. */
    private static void trade(H2Ledger ledger, String prefix, int sessions, StepClock clock) {
        for (int i = 0; i < sessions; i++) {
            SessionWriter session = new SessionWriter(ledger, prefix + "-" + i, clock);
            session.step("Started", "LANGUAGE", Durability.BUFFERED);
            session.end("Cancelled", "ENDED", Durability.SYNCED, new Audited("seller", "cancel", prefix + i));
        }
    }

    @Test
    void aFirstStartMakesTheLedgerAndMarksItOwnerOnly() throws IOException {
        try (H2Ledger ledger = open()) {
            trade(ledger, "s", 2, clock);
            assertThat(ledger.mark()).hasValueSatisfying(mark -> {
                assertThat(mark.journalEntries()).isEqualTo(4);
                assertThat(mark.auditLinks()).isGreaterThanOrEqualTo(2);
            });
        }

        String text = Files.readString(markFile());
        assertThat(text).contains("journal-entries=4");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(markFile())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(markFile().getParent())))
                .isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(markFile().getParent())) {
            assertThat(files).containsExactly(markFile());
        }
    }

    @Test
    void aMissingLedgerFileIsRefusedNotMadeAnew() throws IOException {
        open().close();
        Files.delete(databaseFile());

        assertThatThrownBy(this::open)
                .isInstanceOf(LedgerLostException.class)
                .hasMessageContaining("is missing")
                .hasMessageContaining("kiosk ledger accept");
        assertThat(databaseFile()).doesNotExist();
    }

    @Test
    void anEmptiedLedgerFileIsRefusedNotMigratedAsANewOne() throws IOException {
        open().close();
        Files.write(databaseFile(), new byte[0]);

        assertThatThrownBy(this::open).isInstanceOf(LedgerLostException.class).hasMessageContaining("is empty");
        assertThat(databaseFile()).isEmptyFile();
    }

    @Test
    void anOlderCopyPutBackInPlaceIsRefusedAsShorter() throws IOException {
        Path backup = data.resolve("backup.mv.db");
        try (H2Ledger ledger = open()) {
            trade(ledger, "early", 2, clock);
        }
        Files.copy(databaseFile(), backup);
        try (H2Ledger ledger = open()) {
            trade(ledger, "late", 3, clock);
        }
        Files.copy(backup, databaseFile(), StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(this::open)
                .isInstanceOf(LedgerLostException.class)
                .hasMessageContaining("is shorter than this kiosk left it")
                .hasMessageContaining("holds 4 journal entries");
    }

    @Test
    void aFileCutToHalfItsLengthIsRefused() throws IOException {
        try (H2Ledger ledger = open()) {
            trade(ledger, "s", 40, clock);
        }
        try (FileChannel file = FileChannel.open(databaseFile(), StandardOpenOption.WRITE)) {
            file.truncate(file.size() / 2);
        }

        assertThatThrownBy(this::open).isInstanceOf(LedgerException.class);
    }

    @Test
    void anotherLedgerInPlaceIsRefusedEvenWhenItIsLonger() throws IOException {
        open().close();
        Path elsewhere = data.resolve("other");
        try (H2Ledger other = H2Ledger.open(elsewhere, clock)) {
            trade(other, "other", 3, clock);
        }
        Files.copy(elsewhere.resolve("ledger.mv.db"), databaseFile(), StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(this::open)
                .isInstanceOf(LedgerLostException.class)
                .hasMessageContaining("is another ledger");
    }

    @Test
    void aCopyThatWentOnWithAnotherHistoryIsRefusedAsForked() throws IOException {
        try (H2Ledger ledger = open()) {
            trade(ledger, "shared", 1, clock);
        }
        Path fork = data.resolve("fork");
        Files.createDirectories(fork);
        Files.copy(databaseFile(), fork.resolve("ledger.mv.db"));
        try (H2Ledger ledger = open()) {
            trade(ledger, "kiosk", 1, clock);
        }
        try (H2Ledger forked = H2Ledger.open(fork, clock)) {
            trade(forked, "forked", 3, clock);
        }
        Files.copy(fork.resolve("ledger.mv.db"), databaseFile(), StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(this::open)
                .isInstanceOf(LedgerLostException.class)
                .hasMessageContaining("has another history");
    }

    @Test
    void aLedgerAheadOfItsMarkOpensAndTheMarkMovesOn() throws IOException {
        try (H2Ledger ledger = open()) {
            trade(ledger, "s", 1, clock);
            new SessionWriter(ledger, "buffered", clock).step("Started", "LANGUAGE", Durability.BUFFERED);
        }

        try (H2Ledger ledger = open()) {
            assertThat(ledger.mark())
                    .hasValueSatisfying(
                            mark -> assertThat(mark.journalEntries()).isEqualTo(3));
        }
        assertThat(Files.readString(markFile())).contains("journal-entries=3");
    }

    @Test
    void aLedgerFromBeforeMarksIsMarkedAtItsFirstMarkedStart() {
        try (H2Ledger unmarked = H2Ledger.open(folder(), clock)) {
            trade(unmarked, "s", 2, clock);
        }

        open().close();

        assertThat(markFile()).content().contains("journal-entries=4");
    }

    @Test
    void aDamagedMarkIsRefused() throws IOException {
        open().close();
        Files.writeString(markFile(), "ledger-id=not a uuid\n");

        assertThatThrownBy(this::open).isInstanceOf(LedgerException.class).hasMessageContaining("is damaged");
    }

    @Test
    void theAuditChainIsCheckedAgainstTheMarkNotOnlyLinkByLink() throws Exception {
        LedgerMark mark;
        try (H2Ledger ledger = open()) {
            trade(ledger, "s", 3, clock);
            mark = ledger.mark().orElseThrow();
            assertThat(ledger.verifyAuditChain().intact()).isTrue();
        }
        long links = mark.auditLinks();
        LedgerMark cutAfter = new LedgerMark(mark.ledgerId(), mark.journalEntries(), links + 2, mark.auditHead());
        LedgerMark otherHead = new LedgerMark(mark.ledgerId(), mark.journalEntries(), links, "ab".repeat(32));

        try (Connection connection = H2LedgerFile.open(folder(), "file:")) {
            AuditVerification cut = AuditChain.verify(connection, Optional.of(cutAfter));
            AuditVerification replaced = AuditChain.verify(connection, Optional.of(otherHead));

            assertThat(AuditChain.verify(connection, Optional.of(mark)).intact())
                    .isTrue();
            assertThat(cut.intact()).isFalse();
            assertThat(cut.firstBrokenLink()).contains(links + 1);
            assertThat(replaced.intact()).isFalse();
            assertThat(replaced.firstBrokenLink()).contains(links);
        }
    }

    @Test
    void aTechnicianAcceptsARestoredBackupAsASignedAuditedDecision() throws IOException {
        Path backup = data.resolve("backup.mv.db");
        try (H2Ledger ledger = open()) {
            trade(ledger, "early", 2, clock);
        }
        Files.copy(databaseFile(), backup);
        try (H2Ledger ledger = open()) {
            trade(ledger, "late", 3, clock);
        }
        Files.copy(backup, databaseFile(), StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(this::open).isInstanceOf(LedgerLostException.class);

        LedgerRecovery decision =
                new LedgerRecovery(LedgerRecovery.Kind.ACCEPT_FILE, "Dana Tech", "disk replaced, nightly backup");
        try (H2Ledger ledger = H2Ledger.recover(folder(), markFile(), clock, decision, text -> "k1:SIG")) {
            List<AuditRecord> links = ledger.audit(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));
            AuditRecord last = links.get(links.size() - 1);
            assertThat(last.actor()).isEqualTo("Dana Tech");
            assertThat(last.action()).isEqualTo("ledger-accepted");
            assertThat(last.detail())
                    .contains("reason=disk replaced, nightly backup")
                    .contains("with 10 journal entries")
                    .endsWith("signature=k1:SIG");
            assertThat(ledger.verifyAuditChain().intact()).isTrue();
        }

        try (H2Ledger ledger = open()) {
            assertThat(ledger.journal("early-0")).hasSize(2);
            assertThat(ledger.journal("late-0")).isEmpty();
        }
    }

    @Test
    void aTechnicianStartsANewLedgerAndTheLostFileIsKeptAside() throws IOException {
        try (H2Ledger ledger = open()) {
            trade(ledger, "s", 1, clock);
        }
        String oldId = Files.readString(markFile())
                .lines()
                .filter(l -> l.startsWith("ledger-id="))
                .findFirst()
                .orElseThrow();
        Files.write(databaseFile(), new byte[0]);

        LedgerRecovery decision = new LedgerRecovery(LedgerRecovery.Kind.START_NEW, "Dana Tech", "no backup");
        H2Ledger.recover(folder(), markFile(), clock, decision, text -> "k1:SIG")
                .close();

        try (H2Ledger ledger = open()) {
            assertThat(ledger.journal("s-0")).isEmpty();
            assertThat(ledger.audit(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z")))
                    .singleElement()
                    .satisfies(link -> assertThat(link.action()).isEqualTo("ledger-started-new"));
        }
        assertThat(Files.readString(markFile())).doesNotContain(oldId);
        try (Stream<Path> files = Files.list(folder())) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("ledger-set-aside-"));
        }
    }

    @Test
    void acceptingNeedsALedgerFileToAccept() throws IOException {
        open().close();
        Files.delete(databaseFile());
        LedgerRecovery decision = new LedgerRecovery(LedgerRecovery.Kind.ACCEPT_FILE, "Dana Tech", "restored");

        assertThatThrownBy(() -> H2Ledger.recover(folder(), markFile(), clock, decision, text -> "k1:SIG"))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("no ledger file to accept");
    }
}
