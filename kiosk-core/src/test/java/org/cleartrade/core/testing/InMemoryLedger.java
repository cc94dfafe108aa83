package org.cleartrade.core.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.LedgerRefusedException;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.outbox.OutboxDocuments;

/**
 * A {@link Ledger} in memory with the same rules as the real one: journal sequence numbers without
 * gaps or repeats, one voucher per trade, one phone per bin, one payout per trade and only for a
 * phone that went into a bin, no alert that names money owed resolved while it is still owed, a
 * hash-chained audit log, an outbox. A commit that breaks a rule throws {@link
 * LedgerRefusedException} and changes nothing (the rules are checked against the ledger before the
 * commit, as the facts of one commit are decided together).
 *
 * <p>It also records how each commit reached "disk" ({@link #durabilities()}), so tests can check
 * that physical effects were preceded by a synced commit, and can be told to fail the next commit.
 *
 * <p>Thread-safe: every method is synchronized.
 */
public final class InMemoryLedger implements Ledger {

    private final Map<String, List<JournalEntry>> journals = new LinkedHashMap<>();
    private final Map<String, TradeRecord> trades = new LinkedHashMap<>();
    private final Map<String, LedgerFact.CertificateIssued> certificates = new LinkedHashMap<>();
    private final Map<String, LedgerFact.ConsentRecorded> consents = new LinkedHashMap<>();
    private final Map<String, LedgerFact.VoucherIssued> vouchers = new LinkedHashMap<>();
    private final Map<String, String> voucherIds = new LinkedHashMap<>();
    private final TreeMap<Integer, LedgerFact.PhoneBinned> bins = new TreeMap<>();
    private final TreeMap<Integer, String> reservations = new TreeMap<>();
    private final List<LedgerFact.IdentityKept> identities = new ArrayList<>();
    private final List<String> auditChain = new ArrayList<>();
    private final List<LedgerFact.Audited> audits = new ArrayList<>();
    private final Map<String, LedgerFact.AlertRaised> openAlerts = new LinkedHashMap<>();
    private final Map<String, LedgerFact.SellerPaid> payouts = new LinkedHashMap<>();
    private final Map<String, LedgerFact.VoucherVoided> voids = new LinkedHashMap<>();
    private final Map<String, LedgerFact.ErasedPhoneReturned> returns = new LinkedHashMap<>();
    private final java.util.Set<String> everBinned = new java.util.HashSet<>();
    private final List<OutboxMessage> outbox = new ArrayList<>();
    private final List<Durability> durabilities = new ArrayList<>();
    private final List<JournalEntry> syncedEntries = new ArrayList<>();
    private final int binCount;
    private long outboxIds;
    private RuntimeException nextFailure;
    private int failuresLeft;
    private int commitAttempts;
    private RuntimeException afterWriting;
    private int afterWritingLeft;
    private RuntimeException durableFailure;
    private int durableFailuresLeft;
    private int durableMade;
    private Optional<String> writeProblem = Optional.empty();

    public InMemoryLedger(int binCount) {
        this.binCount = binCount;
    }

    /** What {@link #writeProblem()} answers from now on; empty for a ledger that can write. */
    public synchronized void reportWriteProblem(Optional<String> problem) {
        this.writeProblem = problem;
    }

    @Override
    public synchronized Optional<String> writeProblem() {
        return writeProblem;
    }

    @Override
    public synchronized List<BinReservation> binReservations() {
        List<BinReservation> all = new ArrayList<>();
        reservations.forEach((bin, trade) -> all.add(new BinReservation(bin, trade)));
        return all;
    }

    /** The next commit throws this instead of committing. */
    public synchronized void failNextCommit(RuntimeException failure) {
        failNextCommits(1, failure);
    }

    /** The next {@code count} commits throw this instead of committing. */
    public synchronized void failNextCommits(int count, RuntimeException failure) {
        this.nextFailure = failure;
        this.failuresLeft = count;
    }

    /**
     * The next {@code count} commits write everything, then throw this, as a ledger does whose sync
     * or mark write failed after the commit: the entry and its facts are in the ledger, the caller
     * was told the commit failed.
     */
    public synchronized void failNextSyncsAfterWriting(int count, RuntimeException failure) {
        this.afterWriting = failure;
        this.afterWritingLeft = count;
    }

    /** The next {@code count} calls of {@link #makeDurable()} throw this. */
    public synchronized void failNextMakeDurable(int count, RuntimeException failure) {
        this.durableFailure = failure;
        this.durableFailuresLeft = count;
    }

    /** How many times {@link #makeDurable()} succeeded. */
    public synchronized int durableMade() {
        return durableMade;
    }

    @Override
    public synchronized void makeDurable() {
        if (durableFailure != null) {
            RuntimeException failure = durableFailure;
            if (--durableFailuresLeft == 0) {
                durableFailure = null;
            }
            throw failure;
        }
        durableMade++;
    }

    /** How many commits were attempted, failed ones included. */
    public synchronized int commitAttempts() {
        return commitAttempts;
    }

    @Override
    public synchronized void commit(JournalEntry entry, List<LedgerFact> facts, Durability durability) {
        commitAttempts++;
        if (nextFailure != null) {
            RuntimeException failure = nextFailure;
            if (--failuresLeft == 0) {
                nextFailure = null;
            }
            throw failure;
        }
        List<JournalEntry> journal = journals.getOrDefault(entry.sessionId(), List.of());
        long expected = journal.isEmpty() ? 1 : journal.get(journal.size() - 1).seq() + 1;
        if (entry.seq() != expected) {
            throw new LedgerRefusedException(
                    "journal of " + entry.sessionId() + ": expected seq " + expected + ", got " + entry.seq());
        }
        if (!journal.isEmpty() && journal.get(journal.size() - 1).ended()) {
            throw new LedgerRefusedException("journal of " + entry.sessionId() + " has ended");
        }
        for (LedgerFact fact : facts) {
            check(fact);
        }
        journals.computeIfAbsent(entry.sessionId(), k -> new ArrayList<>()).add(entry);
        facts.forEach(this::apply);
        if (entry.ended()) {
            reservations
                    .values()
                    .removeIf(trade -> trades.containsKey(trade)
                            && trades.get(trade).sessionId().equals(entry.sessionId()));
        }
        durabilities.add(durability);
        if (durability == Durability.SYNCED) {
            syncedEntries.add(entry);
        }
        if (afterWriting != null) {
            RuntimeException failure = afterWriting;
            if (--afterWritingLeft == 0) {
                afterWriting = null;
            }
            throw failure;
        }
    }

    private void check(LedgerFact fact) {
        if (fact instanceof LedgerFact.VoucherIssued v) {
            if (vouchers.containsKey(v.tradeId())
                    && !vouchers.get(v.tradeId()).voucherId().equals(v.voucherId())) {
                throw new LedgerRefusedException("trade " + v.tradeId() + " already has a voucher");
            }
            if (voucherIds.containsKey(v.voucherId())
                    && !voucherIds.get(v.voucherId()).equals(v.tradeId())) {
                throw new LedgerRefusedException("voucher " + v.voucherId() + " was issued for another trade");
            }
        } else if (fact instanceof LedgerFact.PhoneBinned b) {
            if (b.bin() < 1 || b.bin() > binCount) {
                throw new LedgerRefusedException("no bin " + b.bin());
            }
            LedgerFact.PhoneBinned there = bins.get(b.bin());
            if (there != null && !there.tradeId().equals(b.tradeId())) {
                throw new LedgerRefusedException("bin " + b.bin() + " already holds trade " + there.tradeId());
            }
        } else if (fact instanceof LedgerFact.BinReserved r) {
            if (bins.containsKey(r.bin())) {
                throw new LedgerRefusedException(
                        "bin " + r.bin() + " holds trade " + bins.get(r.bin()).tradeId());
            }
            String holder = reservations.get(r.bin());
            if (holder != null && !holder.equals(r.tradeId())) {
                throw new LedgerRefusedException("bin " + r.bin() + " is reserved for trade " + holder);
            }
        } else if (fact instanceof LedgerFact.PhoneReleased r) {
            LedgerFact.PhoneBinned there = bins.get(r.bin());
            if (there == null || !there.tradeId().equals(r.tradeId())) {
                throw new LedgerRefusedException("bin " + r.bin() + " does not hold trade " + r.tradeId());
            }
        } else if (fact instanceof LedgerFact.AlertResolved r) {
            LedgerFact.AlertRaised alert = openAlerts.get(r.alertId());
            if (alert == null) {
                throw new LedgerRefusedException("no open alert " + r.alertId());
            }
            if (alert.owed().isPresent()
                    && owedToSeller(alert.tradeId().orElseThrow()).isPresent()) {
                throw new LedgerRefusedException("alert " + r.alertId() + " still owes the seller of trade "
                        + alert.tradeId().orElseThrow() + " " + alert.owed().get());
            }
        } else if (fact instanceof LedgerFact.SellerPaid p) {
            if (payouts.containsKey(p.tradeId())) {
                throw new LedgerRefusedException("trade " + p.tradeId() + " was already paid");
            }
            if (!certificates.containsKey(p.tradeId()) || !everBinned.contains(p.tradeId())) {
                throw new LedgerRefusedException("no payout for trade " + p.tradeId() + ": not erased and binned");
            }
        } else if (fact instanceof LedgerFact.ErasedPhoneReturned e && !certificates.containsKey(e.tradeId())) {
            throw new LedgerRefusedException("trade " + e.tradeId() + " has no certificate to mark");
        }
    }

    private void apply(LedgerFact fact) {
        OutboxDocuments.of(fact, Instant.EPOCH)
                .ifPresent(d ->
                        outbox.add(new OutboxMessage(++outboxIds, d.type(), d.version(), d.json(), Instant.EPOCH)));
        if (fact instanceof LedgerFact.TradeSaved t) {
            trades.put(t.trade().tradeId(), t.trade());
            if (t.trade().status() == TradeRecord.Status.VOIDED) {
                reservations.values().remove(t.trade().tradeId());
            }
        } else if (fact instanceof LedgerFact.BinReserved r) {
            reservations.values().remove(r.tradeId());
            reservations.put(r.bin(), r.tradeId());
        } else if (fact instanceof LedgerFact.ConsentRecorded c) {
            consents.put(c.tradeId(), c);
        } else if (fact instanceof LedgerFact.CertificateIssued c) {
            certificates.put(c.tradeId(), c);
        } else if (fact instanceof LedgerFact.VoucherIssued v) {
            vouchers.put(v.tradeId(), v);
            voucherIds.put(v.voucherId(), v.tradeId());
        } else if (fact instanceof LedgerFact.PhoneBinned b) {
            bins.put(b.bin(), b);
            reservations.values().remove(b.tradeId());
            everBinned.add(b.tradeId());
        } else if (fact instanceof LedgerFact.PhoneReleased r) {
            bins.remove(r.bin());
        } else if (fact instanceof LedgerFact.IdentityKept i) {
            identities.add(i);
        } else if (fact instanceof LedgerFact.Audited a) {
            String previous = auditChain.isEmpty() ? "" : auditChain.get(auditChain.size() - 1);
            auditChain.add(sha256(previous + "|" + a.actor() + "|" + a.action() + "|" + a.detail()));
            audits.add(a);
        } else if (fact instanceof LedgerFact.AlertRaised a) {
            openAlerts.putIfAbsent(a.alertId(), a);
        } else if (fact instanceof LedgerFact.AlertResolved r) {
            openAlerts.remove(r.alertId());
        } else if (fact instanceof LedgerFact.SellerPaid p) {
            payouts.put(p.tradeId(), p);
        } else if (fact instanceof LedgerFact.VoucherVoided v) {
            voids.put(v.tradeId(), v);
        } else if (fact instanceof LedgerFact.ErasedPhoneReturned e) {
            returns.put(e.tradeId(), e);
        }
    }

    @Override
    public synchronized Settlement settlement(String tradeId) {
        return new Settlement(
                Optional.ofNullable(payouts.get(tradeId)),
                Optional.ofNullable(voids.get(tradeId)),
                Optional.ofNullable(returns.get(tradeId)));
    }

    @Override
    public synchronized List<JournalEntry> openSessions() {
        List<JournalEntry> open = new ArrayList<>();
        for (List<JournalEntry> journal : journals.values()) {
            JournalEntry last = journal.get(journal.size() - 1);
            if (!last.ended()) {
                open.add(last);
            }
        }
        return open;
    }

    @Override
    public synchronized List<JournalEntry> journal(String sessionId) {
        return List.copyOf(journals.getOrDefault(sessionId, List.of()));
    }

    @Override
    public synchronized Optional<TradeRecord> trade(String tradeId) {
        return Optional.ofNullable(trades.get(tradeId));
    }

    @Override
    public synchronized List<TradeRecord> tradesByReference(String sellerReference) {
        return trades.values().stream()
                .filter(t -> org.cleartrade.core.session.SellerReference.of(t.sessionId())
                        .equalsIgnoreCase(sellerReference))
                .toList();
    }

    /** Every trade, in the order first saved. */
    public synchronized List<TradeRecord> trades() {
        return List.copyOf(trades.values());
    }

    @Override
    public synchronized List<BinContent> binContents() {
        List<BinContent> contents = new ArrayList<>();
        for (int bin = 1; bin <= binCount; bin++) {
            LedgerFact.PhoneBinned b = bins.get(bin);
            contents.add(new BinContent(
                    bin,
                    Optional.ofNullable(b).map(LedgerFact.PhoneBinned::tradeId),
                    Optional.ofNullable(b).map(LedgerFact.PhoneBinned::holdUntil)));
        }
        return contents;
    }

    @Override
    public synchronized List<LedgerFact.AlertRaised> openAlerts() {
        return List.copyOf(openAlerts.values());
    }

    /** What the seller of a trade agreed to, as recorded when they agreed. */
    public synchronized Optional<LedgerFact.ConsentRecorded> consent(String tradeId) {
        return Optional.ofNullable(consents.get(tradeId));
    }

    @Override
    public synchronized Optional<LedgerFact.CertificateIssued> certificate(String tradeId) {
        return Optional.ofNullable(certificates.get(tradeId));
    }

    @Override
    public synchronized Optional<LedgerFact.VoucherIssued> voucher(String tradeId) {
        return Optional.ofNullable(vouchers.get(tradeId));
    }

    /** Every voucher issued, in order. */
    public synchronized List<LedgerFact.VoucherIssued> vouchers() {
        return List.copyOf(vouchers.values());
    }

    public synchronized List<LedgerFact.IdentityKept> identities() {
        return List.copyOf(identities);
    }

    public synchronized List<LedgerFact.Audited> audits() {
        return List.copyOf(audits);
    }

    /** The journal entries committed {@link Durability#SYNCED}, in commit order. */
    public synchronized List<JournalEntry> syncedEntries() {
        return List.copyOf(syncedEntries);
    }

    /** How each commit was made, in commit order. */
    public synchronized List<Durability> durabilities() {
        return List.copyOf(durabilities);
    }

    @Override
    public synchronized AuditVerification verifyAuditChain() {
        String previous = "";
        for (int i = 0; i < audits.size(); i++) {
            LedgerFact.Audited a = audits.get(i);
            String link = sha256(previous + "|" + a.actor() + "|" + a.action() + "|" + a.detail());
            if (!link.equals(auditChain.get(i))) {
                return new AuditVerification(audits.size(), false, Optional.of((long) i + 1));
            }
            previous = link;
        }
        return new AuditVerification(audits.size(), true, Optional.empty());
    }

    @Override
    public synchronized List<OutboxMessage> pendingOutbox(int limit) {
        return List.copyOf(outbox.subList(0, Math.min(limit, outbox.size())));
    }

    @Override
    public synchronized void markSent(List<Long> outboxIds) {
        outbox.removeIf(m -> outboxIds.contains(m.seq()));
    }

    @Override
    public synchronized int purgePersonalData(Instant now) {
        int before = identities.size();
        identities.removeIf(i -> !i.keepUntil().isAfter(now));
        return before - identities.size();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
