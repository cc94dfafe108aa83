package org.cleartrade.core.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.cleartrade.core.export.RecordExport;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.core.ledger.LedgerException;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.operator.OperatorConsole.Event;
import org.cleartrade.deviceio.latch.LatchTiming;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;
import org.cleartrade.deviceio.printer.VirtualPrinter;
import org.cleartrade.deviceio.testing.MutableClock;
import org.cleartrade.ports.latch.BinLatch;
import org.cleartrade.ports.latch.BinStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The durability rule as the operator console runs on it: each step is committed once, synced when
 * one of its effects is physical, before that effect runs; a step whose commit fails is rolled back
 * and runs nothing. Every device act and every commit is written to one log, in the order they
 * happen, so each test can say what came first.
 */
class OperatorRunnerTest {

    private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
    private static final String PIN = "482916";
    private static final String IMEI = "490154203237518";

    private final MutableClock clock = new MutableClock(START);
    private final RecordingLedger ledger = new RecordingLedger();
    private final InMemoryOperatorAccounts accounts = new InMemoryOperatorAccounts();
    private final Pbkdf2PinHasher hasher = new Pbkdf2PinHasher(1_000, new SecureRandom());
    private final SimulatedBinLatch latch = new SimulatedBinLatch(
            4, new LatchTiming(Duration.ofSeconds(30), Duration.ofMillis(800), Duration.ZERO), clock, d -> {});
    private final List<String> log = new ArrayList<>();
    private OperatorRunner console;

    @TempDir
    Path exports;

    @BeforeEach
    void setUp() {
        accounts.save(new OperatorAccount("ann", "Ann", Role.OPERATOR, hasher.hash(PIN.toCharArray())));
        accounts.save(new OperatorAccount("ted", "Ted", Role.TECHNICIAN, hasher.hash(PIN.toCharArray())));
        AtomicInteger ids = new AtomicInteger();
        BinLatch recorded = new RecordingLatch();
        BoltWatch bolts = new BoltWatch(clock::advance);
        console = new OperatorRunner(new OperatorRunner.Context(
                new PinLogin(accounts, hasher, LockoutPolicy.DEFAULT, clock),
                ledger,
                recorded,
                document -> new ManifestSigner.Signature("test-key", "c2lnbmVk"),
                (manifest, signature) -> log.add("print manifest"),
                new DeviceSelfTest(new VirtualPrinter(), recorded, clock, "kiosk-7", bolts),
                tradeId -> log.add("reprint " + tradeId),
                new RecordExport(ledger),
                bolts,
                clock,
                Duration.ofMinutes(2),
                "kiosk-7",
                () -> String.format("%08d-id", ids.incrementAndGet())));
        ledger.onCommit(
                c -> log.add("commit " + c.durability() + " " + c.entry().event()));
    }

    @ParameterizedTest(name = "{0}: the decision is synced before {1}")
    @CsvSource({
        "open bin,                         unlock 1",
        "close bin,                        lock 1",
        "finish restock,                   print manifest",
        "sign out with a restock pending,  print manifest",
        "idle with the bin open,           lock 1",
        "return a phone,                   unlock 1",
        "close after a return,             lock 1",
        "reprint,                          reprint t-6",
        "self-test,                        unlock 2",
    })
    void aPhysicalEffectRunsOnlyAfterItsDecisionIsSynced(String path, String act) {
        Event command = arrange(path);
        log.clear();

        console.on(command);

        assertThat(log).contains(act);
        List<String> before = log.subList(0, log.indexOf(act));
        assertThat(before).as("commits before " + act).isNotEmpty();
        assertThat(before.get(before.size() - 1)).startsWith("commit SYNCED ");
    }

    @ParameterizedTest(name = "{0}: a failed sync runs nothing and leaves the console where the ledger is")
    @CsvSource({
        "open bin,                         unlock 1",
        "close bin,                        lock 1",
        "finish restock,                   print manifest",
        "sign out with a restock pending,  print manifest",
        "idle with the bin open,           lock 1",
        "return a phone,                   unlock 1",
        "reprint,                          reprint t-6",
        "self-test,                        unlock 2",
    })
    void aStepWhoseCommitFailsIsRolledBackAndRunsNoPhysicalEffect(String path, String act) {
        Event command = arrange(path);
        log.clear();
        LedgerException failure = new LedgerException("disk error");
        ledger.failNextSyncedCommit(failure);

        assertThatThrownBy(() -> console.on(command)).isSameAs(failure);

        assertThat(log).as("no device act after the failed commit").doesNotContain(act);
        JournalEntry last = ledger.commits.get(ledger.commits.size() - 1).entry();
        assertThat(ConsoleJournal.encode(console.state()))
                .as("the console is back at the last step the ledger kept")
                .isEqualTo(last.snapshot());
    }

    @ParameterizedTest(name = "{0}: {1} synced of {2} commits")
    @CsvSource({
        "sign in,                          0, 2",
        "open bin,                         1, 2",
        "scan,                             0, 1",
        "close bin,                        1, 2",
        "finish restock,                   1, 3",
        "sign out with a restock pending,  1, 3",
        "idle with the bin open,           2, 4",
        "return a phone,                   1, 2",
        "close after a return,             1, 2",
        "reprint,                          1, 2",
        "self-test,                        1, 2",
        "export,                           0, 2",
    })
    void eachRestockAndCustodyPathSyncsOncePerPhysicalAct(String path, int synced, int commits) {
        Event command = arrange(path);
        int already = ledger.commits.size();

        console.on(command);

        List<RecordingLedger.Commit> made = ledger.commits.subList(already, ledger.commits.size());
        assertThat(made).hasSize(commits);
        assertThat(made).filteredOn(c -> c.durability() == Durability.SYNCED).hasSize(synced);
        assertThat(made)
                .as("one journal entry per step, never a second commit of the same step")
                .extracting(c -> c.entry().seq())
                .doesNotHaveDuplicates();
    }

    @Test
    void theMachineOnlyAsksForTheLatchToMove() {
        binned(1, "t-1");
        signIn("ann");
        OperatorConsole machine = new OperatorConsole(ledger, clock, Duration.ofMinutes(2), "kiosk-7", () -> "x");
        log.clear();

        OperatorStep step = machine.on(console.state(), new Event.OpenBin(1)).orElseThrow();

        assertThat(step.effects()).containsExactly(new OperatorEffect.Unlatch(1));
        assertThat(step.effects().get(0).physical()).isTrue();
        assertThat(step.to().awaiting()).contains(ConsoleState.Awaiting.UNLATCH);
        assertThat(log).as("nothing moved, nothing committed").isEmpty();
    }

    @Test
    void anAnswerTheConsoleDoesNotWaitForIsRefused() {
        signIn("ann");

        assertThatThrownBy(() ->
                        console.on(new ConsoleAnswer.BinUnlatched(1, new BinStatus(1, true, true, true, false, false))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("phase: SIGNED_IN, event: BinUnlatched");
    }

    @Test
    void aSignInWhoseStepCannotBeCommittedChecksNoPinAndWipesIt() {
        char[] pin = PIN.toCharArray();
        LedgerException failure = new LedgerException("disk error");
        ledger.failNextCommit(failure);

        assertThatThrownBy(() -> console.on(new Event.SignIn("ann", pin))).isSameAs(failure);

        assertThat(pin).containsOnly('\0');
        assertThat(console.snapshot().phase()).isEqualTo(OperatorConsole.Phase.SIGNED_OUT);
        assertThat(ledger.commits).isEmpty();
    }

    /** Brings the console to where {@code path} starts and returns the command that takes it. */
    private Event arrange(String path) {
        switch (path) {
            case "sign in" -> {
                return new Event.SignIn("ann", PIN.toCharArray());
            }
            case "open bin" -> {
                binned(1, "t-1");
                signIn("ann");
                return new Event.OpenBin(1);
            }
            case "scan" -> {
                opened();
                return new Event.Scan(IMEI);
            }
            case "close bin" -> {
                scanned();
                return new Event.CloseBin();
            }
            case "finish restock" -> {
                scanned();
                console.on(new Event.CloseBin());
                return new Event.FinishRestock();
            }
            case "sign out with a restock pending" -> {
                scanned();
                console.on(new Event.CloseBin());
                return new Event.SignOut();
            }
            case "idle with the bin open" -> {
                scanned();
                clock.advance(Duration.ofMinutes(2));
                return new Event.IdleCheck();
            }
            case "return a phone" -> {
                return returnPhone();
            }
            case "close after a return" -> {
                console.on(returnPhone());
                latch.openDoor(1);
                latch.removePhone(1);
                latch.closeDoor(1);
                return new Event.CloseBin();
            }
            case "reprint" -> {
                ledger.commit(
                        new JournalEntry("s-6", 1, START, "ERASING", "Erased", "RECEIPT", "", false),
                        List.of(new LedgerFact.CertificateIssued("c-6", "t-6", "doc", "qr", START)),
                        Durability.BUFFERED);
                signIn("ann");
                return new Event.Reprint("t-6");
            }
            case "self-test" -> {
                binned(1, "t-1");
                signIn("ted");
                return new Event.SelfTest();
            }
            case "export" -> {
                signIn("ann");
                return new Event.Export(START.minus(Duration.ofDays(1)), START, exports);
            }
            default -> throw new IllegalArgumentException(path);
        }
    }

    private void opened() {
        binned(1, "t-1");
        signIn("ann");
        console.on(new Event.OpenBin(1));
    }

    private void scanned() {
        opened();
        latch.openDoor(1);
        latch.removePhone(1);
        console.on(new Event.Scan(IMEI));
        latch.closeDoor(1);
    }

    /** A binned, erased trade whose seller was never paid, with its alert open. */
    private Event returnPhone() {
        binned(1, "t-1");
        ledger.commit(
                new JournalEntry("s-7", 1, START, "LOCKING", "LockFailed", "OPERATOR_NEEDED", "", true),
                List.of(
                        new LedgerFact.CertificateIssued("c-1", "t-1", "doc", "qr", START),
                        new LedgerFact.AlertRaised(
                                "s-7#1",
                                "LATCH_JAMMED",
                                "s-7",
                                OptionalInt.of(1),
                                Optional.of("t-1"),
                                "bin 1 did not lock",
                                START)),
                Durability.SYNCED);
        signIn("ann");
        return new Event.Recover("s-7#1", TradeRecovery.Action.RETURN_PHONE);
    }

    private void signIn(String who) {
        console.on(new Event.SignIn(who, PIN.toCharArray()));
        assertThat(console.snapshot().phase()).isEqualTo(OperatorConsole.Phase.SIGNED_IN);
    }

    private void binned(int bin, String tradeId) {
        ledger.place(
                new TradeRecord(
                        tradeId,
                        "s-" + tradeId,
                        TradeRecord.Status.BINNED,
                        "Google",
                        "Pixel 8",
                        "SER" + tradeId,
                        Optional.of(IMEI),
                        "q-" + tradeId,
                        21_000,
                        "USD",
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        START.minusSeconds(3600)),
                bin,
                START.minusSeconds(60));
        latch.unlock(bin);
        latch.openDoor(bin);
        latch.putPhone(bin);
        latch.closeDoor(bin);
        latch.lock(bin);
    }

    /** The kiosk's latch, with every command written to the log as it is given. */
    private final class RecordingLatch implements BinLatch {
        @Override
        public int binCount() {
            return latch.binCount();
        }

        @Override
        public BinStatus status(int bin) {
            return latch.status(bin);
        }

        @Override
        public void unlock(int bin) {
            log.add("unlock " + bin);
            latch.unlock(bin);
        }

        @Override
        public void lock(int bin) {
            log.add("lock " + bin);
            latch.lock(bin);
        }
    }
}
