package org.cleartrade.core.operator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.LedgerHistory;
import org.cleartrade.core.ledger.TradeRecord;

/** A ledger in memory that keeps every commit, for the operator console's tests. */
final class RecordingLedger implements Ledger, LedgerHistory {

    record Commit(JournalEntry entry, List<LedgerFact> facts, Durability durability) {}

    final List<Commit> commits = new ArrayList<>();
    private final Map<String, TradeRecord> trades = new LinkedHashMap<>();
    private final Map<Integer, BinContent> bins = new TreeMap<>();
    private final Map<String, Long> lastSeq = new LinkedHashMap<>();
    private final Map<String, LedgerFact.AlertRaised> alerts = new LinkedHashMap<>();

    void place(TradeRecord trade, int bin, Instant holdUntil) {
        trades.put(trade.tradeId(), trade);
        bins.put(bin, new BinContent(bin, Optional.of(trade.tradeId()), Optional.of(holdUntil)));
    }

    List<LedgerFact> facts() {
        return commits.stream().flatMap(c -> c.facts().stream()).toList();
    }

    <T extends LedgerFact> List<T> facts(Class<T> type) {
        return facts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private RuntimeException nextFailure;
    private java.util.function.Consumer<Commit> onCommit = c -> {};

    private boolean failOnlySynced;

    /** The next synced commit (a step with a physical effect) throws this instead of committing. */
    synchronized void failNextSyncedCommit(RuntimeException failure) {
        nextFailure = failure;
        failOnlySynced = true;
    }

    /** The next commit throws this instead of committing. */
    synchronized void failNextCommit(RuntimeException failure) {
        nextFailure = failure;
        failOnlySynced = false;
    }

    /** Tells {@code listener} of each commit as it lands, to order it among device calls. */
    synchronized void onCommit(java.util.function.Consumer<Commit> listener) {
        onCommit = listener;
    }

    @Override
    public synchronized void commit(JournalEntry entry, List<LedgerFact> facts, Durability durability) {
        if (nextFailure != null && (!failOnlySynced || durability == Durability.SYNCED)) {
            RuntimeException failure = nextFailure;
            nextFailure = null;
            throw failure;
        }
        long expected = lastSeq.getOrDefault(entry.sessionId(), 0L) + 1;
        if (entry.seq() != expected) {
            throw new IllegalStateException(
                    "journal gap in " + entry.sessionId() + ": " + entry.seq() + " after " + (expected - 1));
        }
        for (LedgerFact fact : facts) {
            if (fact instanceof LedgerFact.AlertResolved r && !alerts.containsKey(r.alertId())) {
                throw new org.cleartrade.core.ledger.LedgerRefusedException("no open alert " + r.alertId());
            }
        }
        lastSeq.put(entry.sessionId(), entry.seq());
        Commit commit = new Commit(entry, List.copyOf(facts), durability);
        commits.add(commit);
        onCommit.accept(commit);
        for (LedgerFact fact : facts) {
            if (fact instanceof LedgerFact.TradeSaved saved) {
                trades.put(saved.trade().tradeId(), saved.trade());
            } else if (fact instanceof LedgerFact.PhoneReleased released) {
                bins.remove(released.bin());
            } else if (fact instanceof LedgerFact.AlertRaised a) {
                alerts.putIfAbsent(a.alertId(), a);
            } else if (fact instanceof LedgerFact.AlertResolved r) {
                alerts.remove(r.alertId());
            }
        }
    }

    @Override
    public List<JournalEntry> openSessions() {
        Map<String, JournalEntry> last = new LinkedHashMap<>();
        commits.forEach(c -> last.put(c.entry().sessionId(), c.entry()));
        return last.values().stream().filter(e -> !e.ended()).toList();
    }

    @Override
    public List<JournalEntry> journal(String sessionId) {
        return commits.stream()
                .map(Commit::entry)
                .filter(e -> e.sessionId().equals(sessionId))
                .toList();
    }

    @Override
    public Optional<TradeRecord> trade(String tradeId) {
        return Optional.ofNullable(trades.get(tradeId));
    }

    @Override
    public synchronized List<TradeRecord> tradesByReference(String sellerReference) {
        return trades.values().stream()
                .filter(t -> org.cleartrade.core.session.SellerReference.of(t.sessionId())
                        .equalsIgnoreCase(sellerReference))
                .toList();
    }

    @Override
    public synchronized List<LedgerFact.AlertRaised> openAlerts() {
        return List.copyOf(alerts.values());
    }

    @Override
    public List<BinReservation> binReservations() {
        return List.of();
    }

    /** Every commit here is as durable as it gets: nothing to do. */
    @Override
    public void makeDurable() {}

    @Override
    public Optional<String> writeProblem() {
        return Optional.empty();
    }

    @Override
    public Settlement settlement(String tradeId) {
        return new Settlement(
                facts(LedgerFact.SellerPaid.class).stream()
                        .filter(p -> p.tradeId().equals(tradeId))
                        .findFirst(),
                facts(LedgerFact.VoucherVoided.class).stream()
                        .filter(v -> v.tradeId().equals(tradeId))
                        .findFirst(),
                facts(LedgerFact.ErasedPhoneReturned.class).stream()
                        .filter(r -> r.tradeId().equals(tradeId))
                        .findFirst());
    }

    @Override
    public List<BinContent> binContents() {
        return List.copyOf(bins.values());
    }

    @Override
    public Optional<LedgerFact.CertificateIssued> certificate(String tradeId) {
        return facts(LedgerFact.CertificateIssued.class).stream()
                .filter(c -> c.tradeId().equals(tradeId))
                .findFirst();
    }

    @Override
    public Optional<LedgerFact.VoucherIssued> voucher(String tradeId) {
        return Optional.empty();
    }

    @Override
    public AuditVerification verifyAuditChain() {
        throw new UnsupportedOperationException("not used by the console");
    }

    @Override
    public List<OutboxMessage> pendingOutbox(int limit) {
        return List.of();
    }

    @Override
    public void markSent(List<Long> outboxIds) {}

    @Override
    public int purgePersonalData(Instant now) {
        return 0;
    }

    @Override
    public List<TradeRecord> trades(Instant from, Instant to) {
        return trades.values().stream()
                .filter(t -> !t.updatedAt().isBefore(from) && t.updatedAt().isBefore(to))
                .toList();
    }

    @Override
    public List<LedgerFact.CertificateIssued> certificates(Instant from, Instant to) {
        return List.of();
    }

    /** Audited facts as links numbered in commit order; the hash is a stand-in. */
    @Override
    public List<AuditRecord> audit(Instant from, Instant to) {
        List<AuditRecord> links = new ArrayList<>();
        for (Commit c : commits) {
            for (LedgerFact f : c.facts()) {
                if (f instanceof LedgerFact.Audited a) {
                    Instant at = c.entry().at();
                    if (!at.isBefore(from) && at.isBefore(to)) {
                        links.add(new AuditRecord(links.size() + 1L, at, a.actor(), a.action(), a.detail(), "-"));
                    }
                }
            }
        }
        return links;
    }
}
