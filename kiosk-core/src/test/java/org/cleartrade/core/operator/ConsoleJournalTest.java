package org.cleartrade.core.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.operator.ConsoleState.Awaiting;
import org.cleartrade.core.operator.ConsoleState.Closing;
import org.cleartrade.core.operator.OperatorConsole.Phase;
import org.junit.jupiter.api.Test;

/**
 * The operator journal stays readable across the upgrade to the effect-driven console: entries
 * written before it (version 1, no format key) decode, and a restart mid-restock names what was cut
 * short from either version.
 */
class ConsoleJournalTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Pbkdf2PinHasher HASHER = new Pbkdf2PinHasher(1_000, new java.security.SecureRandom());

    /** Written by the console before it ran on effects, in the middle of a restock. */
    private static final String V1_MID_RESTOCK = golden("cleartrade-console-1/mid-restock.txt");

    /** An idle sign-out waiting for the open bin to lock, two phones released. */
    private static final String V2_LOCKING = golden("cleartrade-console-2/idle-sign-out-locking.json");

    @Test
    void anEntryWrittenBeforeTheUpgradeStillDecodes() {
        ConsoleJournal.Entry e = ConsoleJournal.decode(V1_MID_RESTOCK);

        assertThat(e.phase()).isEqualTo(Phase.BIN_OPEN);
        assertThat(e.operatorId()).contains("ann");
        assertThat(e.bin()).hasValue(3);
        assertThat(e.noticeKey()).isEqualTo("scan.released");
        assertThat(e.releaseCount()).isEqualTo(2);
        assertThat(e.releasedTrades()).isEmpty();
        assertThat(e.discrepancies()).isEqualTo(1);
        assertThat(e.awaiting()).isEmpty();
    }

    @Test
    void theRestartMarkersOfBothVersionsDecode() {
        assertThat(ConsoleJournal.decode("phase=SIGNED_OUT;restarted=true").phase())
                .isEqualTo(Phase.SIGNED_OUT);
        assertThat(ConsoleJournal.decode(ConsoleJournal.restarted()).phase()).isEqualTo(Phase.SIGNED_OUT);
        assertThat(ConsoleJournal.decode(
                                "phase=SIGNED_OUT;operator=;bin=;notice=signin.refused;releases=0;discrepancies=0")
                        .bin())
                .isEmpty();
    }

    @Test
    void theCurrentVersionIsWrittenByteForByteAsItsGoldenFile() {
        ConsoleState s = new ConsoleState(
                Phase.BIN_OPEN,
                Optional.of("op-1"),
                7,
                Optional.of(new OperatorAccount("ann", "Ann", Role.OPERATOR, HASHER.hash("482916".toCharArray()))),
                OptionalInt.of(2),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Notice.of(Notice.Kind.SCAN_RELEASED, 2, "490154203237518"),
                List.of(
                        new CustodyManifest.Release(1, "t-1", "p1", "Pixel 8", NOW),
                        new CustodyManifest.Release(2, "t-2", "p2", "Pixel 8", NOW)),
                List.of(),
                Optional.empty(),
                List.of(),
                NOW,
                NOW,
                Optional.of(Closing.IDLE),
                Optional.of(Awaiting.LOCK));

        assertThat(ConsoleJournal.encode(s)).isEqualTo(V2_LOCKING);
    }

    @Test
    void theCurrentVersionNamesTheReleasedTradesAndTheAwaitedAnswer() {
        ConsoleJournal.Entry e = ConsoleJournal.decode(V2_LOCKING);

        assertThat(e.phase()).isEqualTo(Phase.BIN_OPEN);
        assertThat(e.operatorId()).contains("ann");
        assertThat(e.releasedTrades()).containsExactly("t-1", "t-2");
        assertThat(e.releaseCount()).isEqualTo(2);
        assertThat(e.bin()).hasValue(2);
        assertThat(e.awaiting()).contains(Awaiting.LOCK);
        assertThat(e.closing()).contains(Closing.IDLE);
    }

    @Test
    void aBadValueNamesItsMember() {
        assertThatThrownBy(() -> ConsoleJournal.decode("phase=BIN_OPEN;bin=three"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bin: ");
        assertThatThrownBy(() -> ConsoleJournal.decode("{\"format\":\"cleartrade-console/9\",\"phase\":\"BIN_OPEN\"}"))
                .hasMessageStartingWith("format: ");
        assertThatThrownBy(() -> ConsoleJournal.decode(
                        "{\"format\":\"cleartrade-console/2\",\"phase\":\"BIN_OPEN\",\"bin\":\"3\"}"))
                .hasMessageStartingWith("bin: ");
    }

    @Test
    void aRestartMidRestockAfterTheUpgradeNamesTheBinAndTheUnmanifestedReleases() {
        RecordingLedger ledger = new RecordingLedger();
        ledger.commit(
                new JournalEntry(
                        "op-old",
                        1,
                        NOW,
                        "SIGNED_OUT",
                        "SignIn",
                        "SIGNED_IN",
                        "phase=SIGNED_IN;operator=ann;bin=;notice=signin.granted;releases=0;discrepancies=0",
                        false),
                List.of(),
                Durability.BUFFERED);
        ledger.commit(
                new JournalEntry("op-old", 2, NOW, "SIGNED_IN", "Scan", "BIN_OPEN", V1_MID_RESTOCK, false),
                List.of(),
                Durability.BUFFERED);

        int closed = InterruptedConsoleSessions.close(ledger, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(closed).isEqualTo(1);
        assertThat(ledger.openSessions()).isEmpty();
        assertThat(ledger.facts(LedgerFact.Audited.class))
                .extracting(LedgerFact.Audited::detail)
                .containsExactly("kiosk restarted while BIN_OPEN; check bin 3, which was open or moving;"
                        + " 2 phone(s) released without a signed manifest; 1 discrepancy(ies) not in a manifest");
    }

    private static String golden(String name) {
        try (java.io.InputStream in = ConsoleJournalTest.class.getResourceAsStream("/console-journal/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
