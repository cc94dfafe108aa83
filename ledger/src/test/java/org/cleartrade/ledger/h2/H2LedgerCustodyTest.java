package org.cleartrade.ledger.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.cleartrade.core.ledger.Ledger.BinContent;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.core.ledger.LedgerFact.CustodyManifestIssued;
import org.cleartrade.core.ledger.LedgerFact.Outbound;
import org.cleartrade.core.ledger.LedgerFact.PhoneReleased;
import org.cleartrade.core.ledger.LedgerRefusedException;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.ledger.TradeRecord.Status;
import org.cleartrade.core.outbox.OutboxDocuments;
import org.cleartrade.ledger.testing.SessionWriter;
import org.cleartrade.ledger.testing.StepClock;
import org.cleartrade.ledger.testing.Trades;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2LedgerCustodyTest {
    @TempDir
    Path folder;

    private final StepClock clock = StepClock.startingAt("2026-11-23T10:00:00Z");
    private H2Ledger ledger;
    private SessionWriter session;

    @BeforeEach
    void open() {
        ledger = H2Ledger.open(folder, clock);
        session = new SessionWriter(ledger, "s1", clock);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    /** Accept, erase and certify trade {@code t1}: everything before the deposit. */
    private void acceptAndErase() {
        session.step("Accept", "ERASING", Durability.SYNCED, Trades.saved("t1", "s1", Status.ACCEPTED, now()));
        session.step(
                "EraseVerified",
                "RECEIPT",
                Durability.SYNCED,
                Trades.saved("t1", "s1", Status.ERASED, now()),
                Trades.certificate("t1", now()));
    }

    private void deposit(int bin) {
        session.step(
                "DoorLocked",
                "PAYING",
                Durability.SYNCED,
                Trades.binned(bin, "t1", now()),
                Trades.savedInBin("t1", "s1", Status.BINNED, bin, now()));
    }

    private Instant now() {
        return clock.instant();
    }

    @Test
    void savesATradeAndReplacesItOnTheNextSave() {
        TradeRecord accepted = Trades.trade("t1", "s1", Status.ACCEPTED, Optional.empty(), now());
        session.step(
                "Accept", "ERASING", Durability.SYNCED, new org.cleartrade.core.ledger.LedgerFact.TradeSaved(accepted));
        assertThat(ledger.trade("t1")).contains(accepted);

        TradeRecord binned = Trades.trade("t1", "s1", Status.BINNED, Optional.of(4), now());
        session.step(
                "Locked", "PAYING", Durability.BUFFERED, new org.cleartrade.core.ledger.LedgerFact.TradeSaved(binned));

        assertThat(ledger.trade("t1")).contains(binned);
        assertThat(ledger.trade("missing")).isEmpty();
    }

    @Test
    void keepsTheCertificateOfATrade() {
        acceptAndErase();

        assertThat(ledger.certificate("t1")).hasValueSatisfying(c -> {
            assertThat(c.certificateId()).isEqualTo("C-t1");
            assertThat(c.document()).contains("method=Purge");
        });
        assertThat(ledger.certificate("t2")).isEmpty();
    }

    @Test
    void refusesACertificateForAnUnknownTrade() {
        assertThatThrownBy(
                        () -> session.step("Erased", "RECEIPT", Durability.SYNCED, Trades.certificate("nope", now())))
                .isInstanceOf(LedgerRefusedException.class)
                .hasMessageContaining("no trade nope");
    }

    @Test
    void issuesOneVoucherForAPhoneLockedInABinAfterErasure() {
        acceptAndErase();
        deposit(3);
        session.step("VoucherDecided", "PRINTING", Durability.SYNCED, Trades.voucher("t1", now()));

        assertThat(ledger.voucher("t1"))
                .hasValueSatisfying(v -> assertThat(v.voucherId()).isEqualTo("V-t1"));
        assertThat(ledger.checkInvariants()).isEmpty();
    }

    @Test
    void refusesASecondVoucherForTheSameTrade() {
        acceptAndErase();
        deposit(3);
        session.step("VoucherDecided", "PRINTING", Durability.SYNCED, Trades.voucher("t1", now()));

        assertThatThrownBy(() -> session.step(
                        "VoucherDecided", "PRINTING", Durability.SYNCED, Trades.voucher("V-again", "t1", now())))
                .isInstanceOf(LedgerRefusedException.class)
                .hasMessageContaining("trade t1 already has voucher V-t1")
                .hasMessageContaining("V-again");
        assertThat(ledger.voucher("t1").orElseThrow().voucherId()).isEqualTo("V-t1");
    }

    @Test
    void refusesAVoucherForAPhoneThatIsNotInABin() {
        acceptAndErase();

        assertThatThrownBy(() ->
                        session.step("VoucherDecided", "PRINTING", Durability.SYNCED, Trades.voucher("t1", now())))
                .isInstanceOf(LedgerRefusedException.class)
                .hasMessageContaining("not locked in a bin");
    }

    @Test
    void refusesToBinAPhoneWithoutAnErasureCertificate() {
        session.step("Accept", "ERASING", Durability.SYNCED, Trades.saved("t1", "s1", Status.ACCEPTED, now()));

        assertThatThrownBy(() -> deposit(1))
                .isInstanceOf(LedgerRefusedException.class)
                .hasMessageContaining("no verified erasure certificate");
        assertThat(ledger.binContents()).isEmpty();
    }

    @Test
    void refusesToBinIntoAnOccupiedBin() {
        acceptAndErase();
        deposit(2);
        SessionWriter other = new SessionWriter(ledger, "s2", clock);
        other.step("Accept", "ERASING", Durability.SYNCED, Trades.saved("t2", "s2", Status.ACCEPTED, now()));
        other.step("Erased", "RECEIPT", Durability.SYNCED, Trades.certificate("t2", now()));

        assertThatThrownBy(() -> other.step("DoorLocked", "PAYING", Durability.SYNCED, Trades.binned(2, "t2", now())))
                .isInstanceOf(LedgerRefusedException.class)
                .hasMessageContaining("bin 2 already holds trade t1");
    }

    @Test
    void reportsWhatEachBinHoldsAndEmptiesABinOnRelease() {
        acceptAndErase();
        deposit(5);
        BinContent held = ledger.binContents().get(0);
        assertThat(held.bin()).isEqualTo(5);
        assertThat(held.tradeId()).contains("t1");
        assertThat(held.holdUntil()).isPresent();

        SessionWriter operator = new SessionWriter(ledger, "op1", clock);
        operator.end(
                "ScanOut",
                "DONE",
                Durability.SYNCED,
                new PhoneReleased(5, "t1", "operator-7"),
                Trades.savedInBin("t1", "s1", Status.RELEASED, 5, now()));

        assertThat(ledger.binContents()).containsExactly(new BinContent(5, Optional.empty(), Optional.empty()));
    }

    @Test
    void refusesToReleaseAPhoneFromABinThatDoesNotHoldIt() {
        acceptAndErase();
        deposit(5);

        assertThatThrownBy(() -> session.step("ScanOut", "X", Durability.SYNCED, new PhoneReleased(6, "t1", "op")))
                .isInstanceOf(LedgerRefusedException.class)
                .hasMessageContaining("bin 6 holds nothing; cannot release trade t1");
    }

    @Test
    void purgesIdentityRecordsOnlyOnceTheirKeepUntilHasPassed() {
        Instant start = now();
        session.step("Accept", "ERASING", Durability.SYNCED, Trades.saved("t1", "s1", Status.ACCEPTED, start));
        session.step(
                "IdScanned",
                "CONSENT",
                Durability.SYNCED,
                Trades.identity("t1", start.plusSeconds(3600)),
                Trades.identity("t1", start.plusSeconds(7200)));

        assertThat(ledger.purgePersonalData(start.plusSeconds(60))).isZero();
        assertThat(ledger.purgePersonalData(start.plusSeconds(3600))).isEqualTo(1);
        assertThat(ledger.purgePersonalData(start.plusSeconds(9000))).isEqualTo(1);
        assertThat(ledger.purgePersonalData(start.plusSeconds(9000))).isZero();
        assertThat(ledger.verifyAuditChain().intact()).isTrue();
    }

    @Test
    void queuesOutboundDocumentsNumberedWithoutGapsUntilTheyAreMarkedSent() {
        session.step("Start", "CHECKLIST", Durability.BUFFERED, ended("s-a"), ended("s-b"));
        session.step("Docked", "INSPECTING", Durability.BUFFERED, ended("s-c"));

        var pending = ledger.pendingOutbox(10);
        assertThat(pending).extracting(m -> m.seq()).containsExactly(1L, 2L, 3L);
        assertThat(pending).extracting(m -> m.type()).containsOnly("session-ended");
        assertThat(pending.get(1).document()).contains("\"sessionId\":\"s-b\"");
        assertThat(ledger.pendingOutbox(2)).hasSize(2);

        ledger.markSent(java.util.List.of(pending.get(0).seq(), pending.get(2).seq()));

        assertThat(ledger.pendingOutbox(10)).extracting(m -> m.seq()).containsExactly(2L);
        assertThatThrownBy(() -> ledger.pendingOutbox(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsEachStoredFactToTheFleetInTheOrderItWasDecided() {
        acceptAndErase();
        deposit(2);

        assertThat(ledger.pendingOutbox(20))
                .extracting(m -> m.type())
                .containsExactly("trade", "trade", "certificate", "bin-state", "trade");
    }

    @Test
    void aRefusedFactQueuesNothing() {
        assertThatThrownBy(
                        () -> session.step("Erased", "RECEIPT", Durability.SYNCED, Trades.certificate("nope", now())))
                .isInstanceOf(LedgerRefusedException.class);

        assertThat(ledger.pendingOutbox(10)).isEmpty();
    }

    private static Outbound ended(String sessionId) {
        return new Outbound(OutboxDocuments.sessionEnded(sessionId, "EU", "DECLINED", "ENDED", Instant.EPOCH));
    }

    @Test
    void storesASignedCustodyManifestAndAuditsIt() {
        long before = ledger.verifyAuditChain().links();
        session.end(
                "ManifestSigned",
                "DONE",
                Durability.SYNCED,
                new CustodyManifestIssued("M-1", "operator-7", "manifest text", "kiosk-key-1", "c2lnbmF0dXJl", now()));

        assertThat(ledger.verifyAuditChain().links()).isEqualTo(before + 1);
    }
}
