package org.cleartrade.ledger.killtest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.Ledger.BinContent;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.LedgerFact.Audited;
import org.cleartrade.core.ledger.LedgerFact.Outbound;
import org.cleartrade.core.ledger.LedgerFact.PhoneReleased;
import org.cleartrade.core.ledger.TradeRecord.Status;
import org.cleartrade.ledger.h2.H2Ledger;
import org.cleartrade.ledger.testing.SessionWriter;
import org.cleartrade.ledger.testing.Trades;

/**
 * The child side of the kill test: drives realistic seller sessions straight through the ledger
 * port, in the order the session engine commits them, until it is killed.
 *
 * <p>Protocol on stdout, one line each, flushed: {@code READY} once recovery is done, then {@code
 * ACK <session> <seq> <phase>} after every {@link Durability#SYNCED} commit has returned. The parent
 * trusts nothing else. Usage: {@code TradeWorkload <folder> <run> <seed> [journeys] [unsynced]};
 * with {@code journeys} > 0 it exits normally after that many sessions, otherwise it runs until
 * killed. {@code unsynced} is the control experiment: it commits what should be synced as {@link
 * Durability#BUFFERED} but still acknowledges it, to show that the harness catches the loss.
 */
public final class TradeWorkload {
    static final int BINS = 6;

    private final Ledger ledger;
    private final Clock clock;
    private final Random random;
    private final PrintStream out;
    private final String run;
    private final Durability decisive;

    TradeWorkload(Ledger ledger, Clock clock, Random random, PrintStream out, String run, Durability decisive) {
        this.ledger = ledger;
        this.clock = clock;
        this.random = random;
        this.out = out;
        this.run = run;
        this.decisive = decisive;
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        String run = args[1];
        long seed = Long.parseLong(args[2]);
        long journeys = args.length > 3 && Long.parseLong(args[3]) > 0 ? Long.parseLong(args[3]) : Long.MAX_VALUE;
        Durability decisive = args.length > 4 && args[4].equals("unsynced") ? Durability.BUFFERED : Durability.SYNCED;
        try (H2Ledger ledger = H2Ledger.open(folder, Clock.systemUTC())) {
            TradeWorkload workload =
                    new TradeWorkload(ledger, Clock.systemUTC(), new Random(seed), System.out, run, decisive);
            new SessionRecovery(ledger, Clock.systemUTC(), workload::ack).recoverAll();
            System.out.println("READY");
            System.out.flush();
            for (long n = 1; n <= journeys; n++) {
                workload.journey("r" + run + "-s" + n);
            }
        }
    }

    void ack(SessionWriter session, String phase) {
        out.println("ACK " + session.sessionId() + " " + session.seq() + " " + phase);
        out.flush();
    }

    private void synced(SessionWriter session, String event, String phase, LedgerFact... facts) {
        session.step(event, phase, decisive, facts);
        ack(session, phase);
    }

    private void syncedEnd(SessionWriter session, String event, String phase, LedgerFact... facts) {
        session.end(event, phase, decisive, facts);
        ack(session, phase);
    }

    /** One seller session: decline at the quote, cancel before deposit, or a completed sale. */
    void journey(String sessionId) {
        List<Integer> empty = emptyBins();
        if (empty.isEmpty()) {
            emptyBinsAsOperator(sessionId + "-op");
            empty = emptyBins();
        }
        String tradeId = SessionRecovery.tradeOf(sessionId);
        SessionWriter s = new SessionWriter(ledger, sessionId, clock);
        s.step("Touched", "LANGUAGE", Durability.BUFFERED);
        s.step("LanguageChosen", "CHECKLIST", Durability.BUFFERED);
        s.step("ChecklistDone", "DOCKING", Durability.BUFFERED);
        s.step("PhoneDocked", "INSPECTING", Durability.BUFFERED);
        s.step("InspectionPassed", "CONDITION", Durability.BUFFERED);
        s.step("ConditionAnswered", "QUOTED", Durability.BUFFERED, new Audited("kiosk", "quote-shown", tradeId));
        int outcome = random.nextInt(100);
        if (outcome < 15) {
            s.end("Declined", "ENDED", Durability.BUFFERED, new Outbound("counts", "declined"));
            return;
        }
        synced(
                s,
                "Accepted",
                "IDENTITY",
                Trades.saved(tradeId, sessionId, Status.ACCEPTED, clock.instant()),
                new Audited("seller", "quote-accepted", tradeId));
        synced(
                s,
                "IdScanned",
                "CONSENT",
                Trades.identity(tradeId, clock.instant().plusSeconds(3600)));
        synced(s, "ConsentGiven", "ERASING", new Audited("seller", "erase-consented", tradeId));
        synced(
                s,
                "EraseVerified",
                "RECEIPT",
                Trades.saved(tradeId, sessionId, Status.ERASED, clock.instant()),
                Trades.certificate(tradeId, clock.instant()));
        synced(s, "ReceiptPrinted", "DEPOSIT");
        if (outcome < 25) {
            syncedEnd(
                    s,
                    "SellerCancelled",
                    "ENDED",
                    Trades.saved(tradeId, sessionId, Status.VOIDED, clock.instant()),
                    new Audited("seller", "cancelled-before-deposit", tradeId));
            return;
        }
        int bin = empty.get(random.nextInt(empty.size()));
        synced(
                s,
                "DoorLocked",
                "PAYING",
                Trades.binned(bin, tradeId, clock.instant()),
                Trades.savedInBin(tradeId, sessionId, Status.BINNED, bin, clock.instant()));
        synced(
                s,
                "VoucherDecided",
                "VOUCHER",
                Trades.voucher(tradeId, clock.instant()),
                Trades.savedInBin(tradeId, sessionId, Status.PAID, bin, clock.instant()),
                new Outbound("trade", tradeId));
        s.end("VoucherPrinted", "ENDED", Durability.BUFFERED);
    }

    private List<Integer> emptyBins() {
        List<BinContent> contents = ledger.binContents();
        List<Integer> empty = new ArrayList<>();
        for (int bin = 1; bin <= BINS; bin++) {
            int b = bin;
            if (contents.stream().noneMatch(c -> c.bin() == b && c.tradeId().isPresent())) {
                empty.add(bin);
            }
        }
        return empty;
    }

    /** An operator scans every paid phone out of its bin, one synced commit per phone. */
    private void emptyBinsAsOperator(String sessionId) {
        SessionWriter op = new SessionWriter(ledger, sessionId, clock);
        op.step("PinAccepted", "OPERATOR", Durability.BUFFERED);
        for (BinContent content : ledger.binContents()) {
            if (content.tradeId().isEmpty()) {
                continue;
            }
            String tradeId = content.tradeId().get();
            String seller = ledger.trade(tradeId).orElseThrow().sessionId();
            synced(
                    op,
                    "ScannedOut",
                    "OPERATOR",
                    new PhoneReleased(content.bin(), tradeId, "operator-1"),
                    Trades.savedInBin(tradeId, seller, Status.RELEASED, content.bin(), clock.instant()));
        }
        op.end("LoggedOut", "ENDED", Durability.BUFFERED);
    }
}
