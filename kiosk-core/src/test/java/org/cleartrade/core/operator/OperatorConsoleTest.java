package org.cleartrade.core.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.cleartrade.core.export.RecordExport;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.operator.OperatorConsole.Event;
import org.cleartrade.core.operator.OperatorConsole.Phase;
import org.cleartrade.deviceio.latch.LatchTiming;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;
import org.cleartrade.deviceio.printer.VirtualPrinter;
import org.cleartrade.deviceio.testing.MutableClock;
import org.cleartrade.ports.printer.PrinterException;
import org.cleartrade.ports.printer.PrinterStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorConsoleTest {

    private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
    private static final String PIN = "482916";

    private final MutableClock clock = new MutableClock(START);
    private final RecordingLedger ledger = new RecordingLedger();
    private final InMemoryOperatorAccounts accounts = new InMemoryOperatorAccounts();
    private final Pbkdf2PinHasher hasher = new Pbkdf2PinHasher(1_000, new SecureRandom());
    private final SimulatedBinLatch latch = new SimulatedBinLatch(
            4, new LatchTiming(Duration.ofSeconds(30), Duration.ofMillis(800), Duration.ZERO), clock, d -> {});
    private final List<CustodyManifest> printed = new ArrayList<>();
    private final List<String> reprinted = new ArrayList<>();
    private final VirtualPrinter printer = new VirtualPrinter();
    private final KeyPair kioskKey = ed25519();
    private OperatorRunner console;
    private boolean failPrinting;
    private RuntimeException reprintFault;

    @BeforeEach
    void setUp() {
        accounts.save(new OperatorAccount("ann", "Ann", Role.OPERATOR, hasher.hash(PIN.toCharArray())));
        accounts.save(new OperatorAccount("ted", "Ted", Role.TECHNICIAN, hasher.hash(PIN.toCharArray())));
        AtomicInteger ids = new AtomicInteger();
        console = new OperatorRunner(new OperatorRunner.Context(
                new PinLogin(accounts, hasher, LockoutPolicy.DEFAULT, clock),
                ledger,
                latch,
                this::sign,
                (manifest, signature) -> {
                    if (failPrinting) {
                        throw new PrinterException("paper out", new PrinterStatus(true, true, true, false));
                    }
                    printed.add(manifest);
                },
                new DeviceSelfTest(printer, latch, clock, "kiosk-7", new BoltWatch(clock::advance)),
                tradeId -> {
                    if (reprintFault != null) {
                        throw reprintFault;
                    }
                    reprinted.add(tradeId);
                },
                new RecordExport(ledger),
                new BoltWatch(clock::advance),
                clock,
                Duration.ofMinutes(2),
                "kiosk-7",
                () -> "id" + ids.incrementAndGet()));
    }

    @Test
    void restocksSeveralBinsAndSignsTheManifest() throws GeneralSecurityException {
        binned(1, "t-1", "490154203237518", START.minusSeconds(60));
        binned(2, "t-2", "356938035643809", START.minusSeconds(60));
        signIn();

        restock(1, "490154203237518");
        restock(2, "356938035643809");
        ConsoleSnapshot done = console.on(new Event.FinishRestock());

        CustodyManifest manifest = done.lastManifest().orElseThrow();
        assertThat(manifest.releases())
                .extracting(CustodyManifest.Release::tradeId)
                .containsExactly("t-1", "t-2");
        assertThat(manifest.discrepancies()).isEmpty();
        assertThat(printed).containsExactly(manifest);
        LedgerFact.CustodyManifestIssued stored =
                ledger.facts(LedgerFact.CustodyManifestIssued.class).get(0);
        assertThat(stored.document()).isEqualTo(manifest.canonicalText());
        assertThat(verifies(stored.document(), stored.signature())).isTrue();
        assertThat(ledger.binContents()).isEmpty();
        assertThat(ledger.trade("t-1").orElseThrow().status()).isEqualTo(TradeRecord.Status.RELEASED);
        assertThat(latch.status(1).secured()).isTrue();
        assertThat(latch.status(2).secured()).isTrue();
    }

    @Test
    void theDecisionToUnlatchIsSyncedBeforeTheLatchMoves() {
        binned(1, "t-1", "490154203237518", START.minusSeconds(60));
        signIn();

        console.on(new Event.OpenBin(1));

        RecordingLedger.Commit unlatch = ledger.commits.stream()
                .filter(c -> c.facts().stream()
                        .anyMatch(f ->
                                f instanceof LedgerFact.Audited a && a.action().equals("bin.unlatch")))
                .findFirst()
                .orElseThrow();
        assertThat(unlatch.durability()).isEqualTo(Durability.SYNCED);
        assertThat(latch.status(1).locked()).isFalse();
    }

    @Test
    void aPhoneOnHoldIsNotReleased() {
        binned(3, "t-3", "352099001761481", START.plus(Duration.ofDays(10)));
        signIn();

        ConsoleSnapshot snapshot = console.on(new Event.OpenBin(3));

        assertThat(snapshot.phase()).isEqualTo(Phase.SIGNED_IN);
        assertThat(snapshot.notice().kind()).isEqualTo(Notice.Kind.BIN_ON_HOLD);
        assertThat(latch.status(3).locked()).isTrue();
        assertThat(snapshot.discrepancies()).extracting(Discrepancy::kind).containsExactly(Discrepancy.Kind.ON_HOLD);
    }

    @Test
    void aMissingPhoneIsDiscoveredAndAudited() {
        TradeRecord trade = trade("t-4", "860123045678900");
        ledger.place(trade, 4, START.minusSeconds(1));
        signIn();

        ConsoleSnapshot opened = console.on(new Event.OpenBin(4));

        assertThat(opened.notice().kind()).isEqualTo(Notice.Kind.BIN_MISSING_PHONE);
        assertThat(opened.discrepancies())
                .extracting(Discrepancy::kind)
                .containsExactly(Discrepancy.Kind.MISSING_PHONE);
        assertThat(auditActions()).contains("custody.discrepancy");
    }

    @Test
    void aPhoneThatBelongsToNoTradeInTheBinIsFlagged() {
        binned(1, "t-1", "490154203237518", START.minusSeconds(60));
        signIn();
        console.on(new Event.OpenBin(1));
        latch.openDoor(1);

        ConsoleSnapshot scanned = console.on(new Event.Scan("356938035643809"));

        assertThat(scanned.notice().kind()).isEqualTo(Notice.Kind.SCAN_UNKNOWN);
        assertThat(scanned.releases()).isEmpty();
        assertThat(ledger.trade("t-1").orElseThrow().status()).isEqualTo(TradeRecord.Status.BINNED);
    }

    @Test
    void aTamperAlarmIsRecordedWhenTheBinIsOpened() {
        binned(2, "t-2", "356938035643809", START.minusSeconds(60));
        latch.forceDoorOpen(2);
        latch.closeDoor(2);
        signIn();

        assertThat(console.bins().get(1).status().orElseThrow().tamper()).isTrue();
        ConsoleSnapshot opened = console.on(new Event.OpenBin(2));

        assertThat(opened.discrepancies()).extracting(Discrepancy::kind).contains(Discrepancy.Kind.TAMPER);
    }

    @Test
    void closingWithTheDoorOpenAsksToCloseItFirst() {
        binned(1, "t-1", "490154203237518", START.minusSeconds(60));
        signIn();
        console.on(new Event.OpenBin(1));
        latch.openDoor(1);

        ConsoleSnapshot snapshot = console.on(new Event.CloseBin());

        assertThat(snapshot.notice().kind()).isEqualTo(Notice.Kind.BIN_CLOSE_DOOR_FIRST);
        assertThat(snapshot.phase()).isEqualTo(Phase.BIN_OPEN);
    }

    @Test
    void aJammedLatchIsReportedAsADiscrepancy() {
        binned(1, "t-1", "490154203237518", START.minusSeconds(60));
        signIn();
        console.on(new Event.OpenBin(1));
        latch.jamLatch(1);

        ConsoleSnapshot snapshot = console.on(new Event.CloseBin());

        assertThat(snapshot.notice().kind()).isEqualTo(Notice.Kind.BIN_JAMMED);
        assertThat(snapshot.discrepancies()).extracting(Discrepancy::kind).contains(Discrepancy.Kind.LATCH_JAMMED);
    }

    @Test
    void wrongPinsLockThePadAndAreAudited() {
        console.on(new Event.SignIn("ann", "000000".toCharArray()));
        console.on(new Event.SignIn("ann", "000001".toCharArray()));
        ConsoleSnapshot third = console.on(new Event.SignIn("ann", "000002".toCharArray()));
        ConsoleSnapshot rightButLocked = console.on(new Event.SignIn("ann", PIN.toCharArray()));

        assertThat(third.notice().kind()).isEqualTo(Notice.Kind.SIGNIN_LOCKED);
        assertThat(rightButLocked.phase()).isEqualTo(Phase.SIGNED_OUT);
        assertThat(ledger.facts(LedgerFact.Audited.class))
                .extracting(LedgerFact.Audited::detail)
                .containsExactly(
                        "refused",
                        "refused",
                        "locked out until 2026-11-23T09:00:30Z",
                        "locked out until 2026-11-23T09:00:30Z");
        assertThat(ledger.openSessions()).isEmpty();
    }

    @Test
    void anIdleOperatorIsSignedOutAndTheRestockIsStillRecorded() {
        binned(1, "t-1", "490154203237518", START.minusSeconds(60));
        signIn();
        console.on(new Event.OpenBin(1));
        latch.openDoor(1);
        latch.removePhone(1);
        console.on(new Event.Scan("490154203237518"));
        latch.closeDoor(1);

        clock.advance(Duration.ofMinutes(2));
        ConsoleSnapshot snapshot = console.on(new Event.IdleCheck());

        assertThat(snapshot.phase()).isEqualTo(Phase.SIGNED_OUT);
        assertThat(snapshot.notice().kind()).isEqualTo(Notice.Kind.SIGNOUT_IDLE);
        assertThat(latch.status(1).secured()).isTrue();
        assertThat(ledger.facts(LedgerFact.CustodyManifestIssued.class)).hasSize(1);
    }

    @Test
    void eventsThatDoNotFitThePhaseAreRefused() {
        assertThatThrownBy(() -> console.on(new Event.OpenBin(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("phase: SIGNED_OUT, event: OpenBin");
    }

    @Test
    void theJournalOfASignedInSessionHasNoGaps() {
        binned(1, "t-1", "490154203237518", START.minusSeconds(60));
        signIn();
        restock(1, "490154203237518");
        console.on(new Event.SignOut());

        String session = ledger.commits.get(0).entry().sessionId();
        assertThat(ledger.journal(session))
                .extracting(e -> e.seq())
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(
                                1, ledger.journal(session).size())
                        .boxed()
                        .toList());
        assertThat(ledger.journal(session)
                        .get(ledger.journal(session).size() - 1)
                        .ended())
                .isTrue();
    }

    @Test
    void aTechnicianSelfTestPrintsAndCyclesOnlyEmptyBins() {
        binned(2, "t-2", "356938035643809", START.minusSeconds(60));
        console.on(new Event.SignIn("ted", PIN.toCharArray()));

        ConsoleSnapshot snapshot = console.on(new Event.SelfTest());

        assertThat(snapshot.notice().kind()).isEqualTo(Notice.Kind.SELFTEST_PASSED);
        assertThat(snapshot.selfTest())
                .extracting(DeviceSelfTest.Result::device, DeviceSelfTest.Result::passed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("printer", true),
                        org.assertj.core.groups.Tuple.tuple("bin 1", true),
                        org.assertj.core.groups.Tuple.tuple("bin 2", true),
                        org.assertj.core.groups.Tuple.tuple("bin 3", true),
                        org.assertj.core.groups.Tuple.tuple("bin 4", true));
        assertThat(snapshot.selfTest().get(2).finding()).isEqualTo(DeviceSelfTest.Finding.READ_ONLY);
        assertThat(snapshot.selfTest().get(2).detail()).startsWith("read only");
        assertThat(printer.latestReceipt()).isPresent();
        assertThat(latch.status(2).secured()).isTrue();
    }

    @Test
    void aSelfTestReportsPaperOutAndAJam() {
        printer.setStatus(new PrinterStatus(true, true, true, false));
        latch.jamLatch(3);
        latch.unlock(3);
        clock.advance(Duration.ofSeconds(1));
        console.on(new Event.SignIn("ted", PIN.toCharArray()));

        ConsoleSnapshot snapshot = console.on(new Event.SelfTest());

        assertThat(snapshot.notice().kind()).isEqualTo(Notice.Kind.SELFTEST_FAILED);
        assertThat(snapshot.selfTest().get(0).finding()).isEqualTo(DeviceSelfTest.Finding.NOT_READY);
        assertThat(snapshot.selfTest().get(0).conditions()).contains(DeviceSelfTest.Condition.PAPER_OUT);
        assertThat(snapshot.selfTest().get(0).detail()).contains("paper out");
        assertThat(snapshot.selfTest().get(3).passed()).isFalse();
        assertThat(snapshot.selfTest().get(3).finding()).isEqualTo(DeviceSelfTest.Finding.FAULT);
        assertThat(snapshot.selfTest().get(3).conditions()).contains(DeviceSelfTest.Condition.JAMMED);
        assertThat(auditActions()).contains("selftest.start", "selftest.fail");
    }

    @Test
    void anOperatorResolvesAnAlertOnceAndTheResolutionIsAudited() {
        ledger.commit(
                new org.cleartrade.core.ledger.JournalEntry(
                        "s-7", 1, START, "LOCKING", "LockFailed", "OPERATOR_NEEDED", "", true),
                List.of(new LedgerFact.AlertRaised(
                        "s-7#1",
                        "LATCH_JAMMED",
                        "s-7",
                        java.util.OptionalInt.of(2),
                        Optional.of("t-7"),
                        "bin 2 did not lock",
                        START)),
                Durability.SYNCED);
        signIn();
        assertThat(console.alerts()).extracting(LedgerFact.AlertRaised::alertId).containsExactly("s-7#1");

        assertThat(console.on(new Event.ResolveAlert("s-7#1")).notice().kind()).isEqualTo(Notice.Kind.ALERT_RESOLVED);
        assertThat(console.alerts()).isEmpty();
        assertThat(console.on(new Event.ResolveAlert("s-7#1")).notice().kind()).isEqualTo(Notice.Kind.ALERT_NOT_OPEN);

        assertThat(ledger.facts(LedgerFact.AlertResolved.class))
                .containsExactly(new LedgerFact.AlertResolved("s-7#1", "ann"));
        assertThat(ledger.facts(LedgerFact.Audited.class))
                .filteredOn(a -> a.action().equals("alert.resolve"))
                .extracting(LedgerFact.Audited::actor, LedgerFact.Audited::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ann", "LATCH_JAMMED of session s-7"));
    }

    @Test
    void noAlertIsShownToSomeoneSignedOut() {
        assertThatThrownBy(() -> console.alerts()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyATechnicianMayCloseTheKioskAndItIsAudited() {
        signIn();
        assertThat(console.on(new Event.ExitKiosk()).notice().kind()).isEqualTo(Notice.Kind.PERMISSION_DENIED);
        console.on(new Event.SignOut());

        console.on(new Event.SignIn("ted", PIN.toCharArray()));
        ConsoleSnapshot exit = console.on(new Event.ExitKiosk());

        assertThat(exit.notice().kind()).isEqualTo(Notice.Kind.KIOSK_EXIT);
        assertThat(exit.phase()).isEqualTo(Phase.SIGNED_OUT);
        assertThat(ledger.facts(LedgerFact.Audited.class))
                .filteredOn(a -> a.action().equals("kiosk.exit"))
                .extracting(LedgerFact.Audited::actor)
                .containsExactly("ted");
    }

    @Test
    void aRestartEndsTheStaffSessionItCutShortAndNamesTheOpenBin() {
        binned(1, "t-1", "490154203237518", START.minusSeconds(60));
        signIn();
        console.on(new Event.OpenBin(1));
        ledger.commit(
                new org.cleartrade.core.ledger.JournalEntry(
                        "s-9", 1, START, "ATTRACT", "Start", "CHECKLIST", "", false),
                List.of(),
                Durability.BUFFERED);

        int closed = InterruptedConsoleSessions.close(ledger, clock);

        assertThat(closed).isEqualTo(1);
        assertThat(ledger.openSessions()).extracting(e -> e.sessionId()).containsExactly("s-9");
        assertThat(ledger.facts(LedgerFact.Audited.class)
                        .get(ledger.facts(LedgerFact.Audited.class).size() - 1)
                        .detail())
                .isEqualTo("kiosk restarted while BIN_OPEN; check bin 1, which was open or moving");
    }

    @Test
    void operatorsMayNotRunTheSelfTest() {
        signIn();

        assertThat(console.on(new Event.SelfTest()).notice().kind()).isEqualTo(Notice.Kind.PERMISSION_DENIED);
    }

    @Test
    void aTradeIsVoidedOnlyBeforeItsPhoneReachedABin() {
        TradeRecord accepted = trade("t-5", "490154203237518");
        ledger.commit(
                new org.cleartrade.core.ledger.JournalEntry(
                        "s-5", 1, START, "QUOTED", "QuoteAccepted", "CONSENT", "", false),
                List.of(new LedgerFact.TradeSaved(new TradeRecord(
                        "t-5",
                        "s-5",
                        TradeRecord.Status.ERASED,
                        "Google",
                        "Pixel 8",
                        "SER5",
                        accepted.imei(),
                        "q-5",
                        21_000,
                        "USD",
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        START))),
                Durability.BUFFERED);
        binned(1, "t-1", "356938035643809", START.minusSeconds(60));
        signIn();

        assertThat(console.on(new Event.VoidTrade("t-5")).notice().kind()).isEqualTo(Notice.Kind.VOID_DONE);
        assertThat(ledger.trade("t-5").orElseThrow().status()).isEqualTo(TradeRecord.Status.VOIDED);
        assertThat(console.on(new Event.VoidTrade("t-1")).notice())
                .isEqualTo(Notice.of(Notice.Kind.VOID_TOO_LATE, "t-1", "BINNED"));
        assertThat(console.on(new Event.VoidTrade("nope")).notice().kind()).isEqualTo(Notice.Kind.VOID_UNKNOWN);
    }

    @Test
    void reprintingATradeWithoutACertificateIsRefused() {
        signIn();

        assertThat(console.on(new Event.Reprint("t-9")).notice().kind()).isEqualTo(Notice.Kind.REPRINT_UNKNOWN);
        assertThat(reprinted).isEmpty();
    }

    @Test
    void aManifestThatCannotBePrintedIsStoredAndTheOperatorIsTold() {
        binned(1, "t-1", "490154203237518", START.minusSeconds(60));
        signIn();
        restock(1, "490154203237518");
        failPrinting = true;

        ConsoleSnapshot done = console.on(new Event.FinishRestock());

        assertThat(done.notice().kind()).isEqualTo(Notice.Kind.RESTOCK_PRINT_FAILED);
        assertThat(done.notice().args())
                .startsWith(done.lastManifest().orElseThrow().manifestId());
        assertThat(ledger.facts(LedgerFact.CustodyManifestIssued.class)).hasSize(1);
        assertThat(auditActions()).contains("custody.manifest.print");
    }

    @Test
    void anExportWritesTheRangeAndIsAudited(@TempDir Path target) {
        binned(1, "t-1", "490154203237518", START.minusSeconds(60));
        signIn();

        ConsoleSnapshot snapshot =
                console.on(new Event.Export(START.minus(Duration.ofDays(1)), START.plus(Duration.ofDays(1)), target));

        assertThat(snapshot.notice().kind()).isEqualTo(Notice.Kind.EXPORT_DONE);
        assertThat(snapshot.notice().args().get(1)).isEqualTo(1);
        assertThat(Path.of((String) snapshot.notice().args().get(0)).resolve("trades.csv"))
                .exists();
        assertThat(auditActions()).contains("records.export");
    }

    @Test
    void anExportWithABackwardsRangeIsRefusedAndAudited(@TempDir Path target) {
        signIn();

        ConsoleSnapshot snapshot = console.on(new Event.Export(START, START.minusSeconds(1), target));

        assertThat(snapshot.notice().kind()).isEqualTo(Notice.Kind.EXPORT_FAILED);
        assertThat(auditActions()).contains("records.export.failed");
    }

    @Test
    void aReprintThatCannotBeComposedIsReportedNotThrown() {
        signIn();
        reprintFault = new IllegalArgumentException("no journaled certificate for trade t-6");
        ledger.commit(
                new org.cleartrade.core.ledger.JournalEntry("s-6", 1, START, "ERASING", "Erased", "RECEIPT", "", false),
                List.of(new LedgerFact.CertificateIssued("c-6", "t-6", "doc", "qr", START)),
                Durability.BUFFERED);

        ConsoleSnapshot snapshot = console.on(new Event.Reprint("t-6"));

        assertThat(snapshot.notice().kind()).isEqualTo(Notice.Kind.REPRINT_FAILED);
        assertThat(auditActions()).contains("receipt.reprint.failed");
    }

    private void signIn() {
        ConsoleSnapshot snapshot = console.on(new Event.SignIn("ann", PIN.toCharArray()));
        assertThat(snapshot.phase()).isEqualTo(Phase.SIGNED_IN);
    }

    private void restock(int bin, String imei) {
        assertThat(console.on(new Event.OpenBin(bin)).phase()).isEqualTo(Phase.BIN_OPEN);
        latch.openDoor(bin);
        latch.removePhone(bin);
        assertThat(console.on(new Event.Scan(imei)).notice().kind()).isEqualTo(Notice.Kind.SCAN_RELEASED);
        latch.closeDoor(bin);
        assertThat(console.on(new Event.CloseBin()).notice().kind()).isEqualTo(Notice.Kind.BIN_LOCKED);
    }

    private void binned(int bin, String tradeId, String imei, Instant holdUntil) {
        ledger.place(trade(tradeId, imei), bin, holdUntil);
        latch.unlock(bin);
        latch.openDoor(bin);
        latch.putPhone(bin);
        latch.closeDoor(bin);
        latch.lock(bin);
    }

    private static TradeRecord trade(String tradeId, String imei) {
        return new TradeRecord(
                tradeId,
                "s-" + tradeId,
                TradeRecord.Status.BINNED,
                "Google",
                "Pixel 8",
                "SER" + tradeId,
                Optional.of(imei),
                "q-" + tradeId,
                21_000,
                "USD",
                Optional.empty(),
                Optional.empty(),
                false,
                START.minusSeconds(3600));
    }

    private List<String> auditActions() {
        return ledger.facts(LedgerFact.Audited.class).stream()
                .map(LedgerFact.Audited::action)
                .toList();
    }

    private ManifestSigner.Signature sign(byte[] document) {
        try {
            Signature ed = Signature.getInstance("Ed25519");
            ed.initSign(kioskKey.getPrivate());
            ed.update(document);
            return new ManifestSigner.Signature("test-key", Base64.getEncoder().encodeToString(ed.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean verifies(String document, String signature) throws GeneralSecurityException {
        Signature ed = Signature.getInstance("Ed25519");
        ed.initVerify(kioskKey.getPublic());
        ed.update(document.getBytes(StandardCharsets.UTF_8));
        return ed.verify(Base64.getDecoder().decode(signature));
    }

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
