package org.cleartrade.ledger.h2;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerException;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.LedgerFact.CertificateIssued;
import org.cleartrade.core.ledger.LedgerFact.VoucherIssued;
import org.cleartrade.core.ledger.LedgerHistory;
import org.cleartrade.core.ledger.LedgerLostException;
import org.cleartrade.core.ledger.LedgerRefusedException;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.operator.LoginState;
import org.cleartrade.core.operator.OperatorAccount;
import org.cleartrade.core.operator.OperatorAccounts;

/**
 * The ledger in an embedded H2 database file ({@code ledger.mv.db} in the given folder), its schema
 * kept by Flyway migrations under {@code db/migration}; also the read-only {@link LedgerHistory}
 * for exports, and the staff {@link OperatorAccounts} with their sign-in throttling.
 *
 * <p>Lifecycle:
 *
 * <ol>
 *   <li>{@link #open} creates the folder if needed, opens the file (refusing one that another
 *       process holds or that is not a readable H2 database), and migrates the schema ({@link
 *       H2LedgerFile}).
 *   <li>{@link #commit} runs one transaction per session transition: the journal entry, then each
 *       fact in order. Any refusal or failure rolls all of it back. With {@link
 *       Durability#SYNCED} it then runs {@code CHECKPOINT SYNC}, which makes H2's MVStore write the
 *       current version and {@code fsync} the file; the database runs with {@code WRITE_DELAY=0}
 *       so that no background writer can hold that version in a queue (decision 0700). Only then
 *       does the call return.
 *   <li>{@link #close} closes the database; a later {@link #open} of the same folder sees every
 *       synced commit, and after a crash, every commit up to the last one that reached the disk.
 * </ol>
 *
 * <p>Threading: one JDBC connection guarded by one lock; every method is safe for concurrent use
 * and commits are serialized, which the audit chain needs anyway.
 */
public final class H2Ledger implements Ledger, LedgerHistory, OperatorAccounts, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(H2Ledger.class.getName());

    /** Below this much free disk space the ledger tells the pre-erase gate it cannot take a trade. */
    static final long MIN_FREE_MB = 64;

    private final Path folder;
    private final Clock clock;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final LedgerQueries queries;
    private final HistoryQueries history;
    private final OperatorRows operators;
    private final Optional<LedgerMarkFile> markFile;
    private Optional<LedgerMark> mark;
    private boolean closed;

    private H2Ledger(
            Path folder,
            Clock clock,
            Connection connection,
            Optional<LedgerMarkFile> markFile,
            Optional<LedgerMark> mark) {
        this.folder = folder;
        this.clock = clock;
        this.connection = connection;
        this.markFile = markFile;
        this.mark = mark;
        this.queries = new LedgerQueries(connection);
        this.history = new HistoryQueries(connection);
        this.operators = new OperatorRows(connection);
    }

    /**
     * Opens (or creates) the ledger in {@code folder} and brings its schema up to date, without a
     * {@link LedgerMark}: for tests, benchmarks and throw-away ledgers. A kiosk opens its ledger
     * with {@link #open(Path, Path, Clock)}.
     *
     * @throws LedgerException naming the file when it is in use by another process, corrupted, not
     *     an H2 database, or cannot be migrated
     */
    public static H2Ledger open(Path folder, Clock clock) {
        return open(folder, Optional.empty(), clock, "file:");
    }

    /**
     * Opens the kiosk's ledger and holds it against its mark in {@code markFile}: a ledger file
     * that is missing, empty, shorter than the mark or another ledger is refused. With no mark yet
     * (the first start, or the first since marks were kept) the ledger found, or a new one, is
     * marked. After every synced commit the mark moves on.
     *
     * @throws LedgerLostException when the file is not the ledger the mark describes
     * @throws LedgerException as {@link #open(Path, Clock)}
     */
    public static H2Ledger open(Path folder, Path markFile, Clock clock) {
        return open(folder, Optional.of(markFile), clock, "file:");
    }

    /** Opens the ledger through one of H2's file systems; tests count disk syncs through a wrapper. */
    static H2Ledger open(Path folder, Clock clock, String fileSystem) {
        return open(folder, Optional.empty(), clock, fileSystem);
    }

    static H2Ledger open(Path folder, Optional<Path> markPath, Clock clock, String fileSystem) {
        Objects.requireNonNull(clock, "clock");
        Path absolute = folder.toAbsolutePath().normalize();
        Optional<LedgerMarkFile> markFile = markPath.map(LedgerMarkFile::new);
        Optional<LedgerMark> marked = markFile.flatMap(LedgerMarkFile::read);
        marked.ifPresent(m -> LedgerMarkCheck.requirePresent(
                H2LedgerFile.databaseFile(absolute), m, markFile.get().path()));
        Connection connection = H2LedgerFile.open(absolute, fileSystem);
        try {
            Optional<LedgerMark> now = Optional.empty();
            if (markFile.isPresent()) {
                now = Optional.of(LedgerMarkCheck.current(connection));
                if (marked.isPresent()) {
                    LedgerMarkCheck.requireSameAndNotBehind(
                            connection,
                            marked.get(),
                            now.get(),
                            H2LedgerFile.databaseFile(absolute),
                            markFile.get().path());
                } else {
                    LOG.log(
                            Level.WARNING,
                            "no ledger mark at {0}; marking {1}",
                            markFile.get().path(),
                            now.get().describe());
                }
                connection.commit();
                markFile.get().write(now.get());
            }
            LOG.log(Level.INFO, "ledger open at {0}", absolute);
            return new H2Ledger(absolute, clock, connection, markFile, now);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e instanceof LedgerException
                    ? (LedgerException) e
                    : new LedgerException(
                            "cannot check the ledger in " + absolute + " against its mark: " + firstLine(e), e);
        }
    }

    /**
     * A technician's way back after a refusal ({@link LedgerLostException}): takes the ledger file
     * now in the folder (a restored backup) as this kiosk's ledger, or sets the old file aside under
     * a dated name and starts a new ledger. The decision, the mark it replaces and the ledger taken
     * go into the audit chain as one link, signed by the kiosk key; then the ledger is marked anew.
     *
     * @param signer signs the decision's text; returns {@code keyId:signature}
     * @throws LedgerException when there is no ledger file to accept, or the decision is malformed
     */
    public static H2Ledger recover(
            Path folder, Path markPath, Clock clock, LedgerRecovery decision, UnaryOperator<String> signer) {
        Path absolute = folder.toAbsolutePath().normalize();
        LedgerMarkFile markFile = new LedgerMarkFile(markPath);
        String previous;
        try {
            previous = markFile.read().map(LedgerMark::describe).orElse("no mark");
        } catch (LedgerException e) {
            previous = "a damaged mark";
        }
        Path database = H2LedgerFile.databaseFile(absolute);
        if (decision.kind() == LedgerRecovery.Kind.START_NEW) {
            H2LedgerFile.setAside(absolute, clock.instant());
        } else if (!nonEmpty(database)) {
            throw new LedgerException("there is no ledger file to accept at " + database
                    + ": restore one from a backup first, or start a new ledger (kiosk ledger new)");
        }
        Connection connection = H2LedgerFile.open(absolute, "file:");
        try {
            LedgerMark taken = LedgerMarkCheck.current(connection);
            String text = decision.text(previous, taken);
            AuditChain.append(
                    connection,
                    clock.instant(),
                    "ledger-recovery",
                    decision.technician(),
                    decision.action(),
                    text + " signature=" + signer.apply(text));
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            }
            LedgerMark now = LedgerMarkCheck.current(connection);
            connection.commit();
            markFile.write(now);
            LOG.log(Level.WARNING, "ledger {0} by {1}: {2}", decision.action(), decision.technician(), text);
            return new H2Ledger(absolute, clock, connection, Optional.of(markFile), Optional.of(now));
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e instanceof LedgerException
                    ? (LedgerException) e
                    : new LedgerException("cannot record the ledger decision in " + absolute + ": " + firstLine(e), e);
        }
    }

    private static boolean nonEmpty(Path file) {
        try {
            return Files.exists(file) && Files.size(file) > 0;
        } catch (IOException e) {
            throw new LedgerException("cannot read the size of " + file + ": " + e.getMessage(), e);
        }
    }

    /** The ledger's mark as of the last synced commit; empty for a ledger opened without one. */
    public Optional<LedgerMark> mark() {
        lock.lock();
        try {
            return mark;
        } finally {
            lock.unlock();
        }
    }

    /** The database file itself, for operators and backups. */
    public Path databaseFile() {
        return H2LedgerFile.databaseFile(folder);
    }

    @Override
    public void commit(JournalEntry entry, List<LedgerFact> facts, Durability durability) {
        validate(entry, facts, durability);
        lock.lock();
        try {
            requireOpen();
            try {
                JournalWriter.append(connection, entry);
                FactWriter writer = new FactWriter(connection, entry);
                for (LedgerFact fact : facts) {
                    writer.write(fact);
                }
                if (entry.ended()) {
                    writer.endOfSession();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                throw translate(e, "commit of session " + entry.sessionId() + " seq " + entry.seq());
            }
            if (durability == Durability.SYNCED) {
                String what = "session " + entry.sessionId() + " seq " + entry.seq();
                sync(what);
                advanceMark(what);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void makeDurable() {
        lock.lock();
        try {
            requireOpen();
            sync("the commits already made");
            advanceMark("the commits already made");
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<JournalEntry> openSessions() {
        return read("open sessions", queries::openSessions);
    }

    @Override
    public List<JournalEntry> journal(String sessionId) {
        return read("journal of session " + sessionId, () -> queries.journal(sessionId));
    }

    @Override
    public Optional<TradeRecord> trade(String tradeId) {
        return read("trade " + tradeId, () -> queries.trade(tradeId));
    }

    @Override
    public List<TradeRecord> tradesByReference(String sellerReference) {
        return read("trades of reference " + sellerReference, () -> queries.tradesByReference(sellerReference));
    }

    @Override
    public List<BinContent> binContents() {
        return read("bin contents", queries::binContents);
    }

    @Override
    public List<BinReservation> binReservations() {
        return read("bin reservations", queries::binReservations);
    }

    /**
     * Closed, read-only, failing a read, or on a disk with less than {@value #MIN_FREE_MB} MB free:
     * a commit then would fail in the middle of a seller's trade, so the pre-erase gate asks first.
     */
    @Override
    public Optional<String> writeProblem() {
        lock.lock();
        try {
            if (closed) {
                return Optional.of("the ledger in " + folder + " is closed");
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT 1");
                if (connection.isReadOnly()) {
                    return Optional.of("the ledger in " + folder + " is open read-only");
                }
            } catch (SQLException e) {
                return Optional.of("the ledger in " + folder + " does not answer: " + firstLine(e));
            }
        } finally {
            lock.unlock();
        }
        try {
            long freeMb = Files.getFileStore(databaseFile()).getUsableSpace() / (1024 * 1024);
            return freeMb < MIN_FREE_MB
                    ? Optional.of("only " + freeMb + " MB are free on the ledger's disk (" + folder + ")")
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot read the free space of the ledger's disk: " + e.getMessage());
        }
    }

    @Override
    public List<LedgerFact.AlertRaised> openAlerts() {
        return read("open alerts", queries::openAlerts);
    }

    @Override
    public Settlement settlement(String tradeId) {
        return read("read the settlement of trade " + tradeId, () -> queries.settlement(tradeId));
    }

    @Override
    public Optional<CertificateIssued> certificate(String tradeId) {
        return read("certificate of trade " + tradeId, () -> queries.certificate(tradeId));
    }

    /** What the seller of a trade agreed to, as pinned when they agreed. */
    public Optional<LedgerFact.ConsentRecorded> consent(String tradeId) {
        return read("consent of trade " + tradeId, () -> queries.consent(tradeId));
    }

    @Override
    public Optional<VoucherIssued> voucher(String tradeId) {
        return read("voucher of trade " + tradeId, () -> queries.voucher(tradeId));
    }

    @Override
    public AuditVerification verifyAuditChain() {
        return read("audit chain", () -> AuditChain.verify(connection, mark));
    }

    @Override
    public List<TradeRecord> trades(Instant from, Instant to) {
        return read("trades updated in [" + from + ", " + to + ")", () -> history.trades(from, to));
    }

    @Override
    public List<CertificateIssued> certificates(Instant from, Instant to) {
        return read("certificates issued in [" + from + ", " + to + ")", () -> history.certificates(from, to));
    }

    @Override
    public List<AuditRecord> audit(Instant from, Instant to) {
        return read("audit links in [" + from + ", " + to + ")", () -> history.audit(from, to));
    }

    @Override
    public Optional<OperatorAccount> find(String operatorId) {
        Objects.requireNonNull(operatorId, "operatorId");
        return read("operator account", () -> operators.find(operatorId));
    }

    /** Saves an account and syncs it, so a staff member added at the console exists after a crash. */
    @Override
    public void save(OperatorAccount account) {
        Objects.requireNonNull(account, "account");
        write("operator account " + account.operatorId(), () -> {
            operators.save(account, clock.instant());
            return 0;
        });
        syncUnderLock("operator account " + account.operatorId());
    }

    @Override
    public LoginState loginState(String operatorId) {
        Objects.requireNonNull(operatorId, "operatorId");
        return read("sign-in state", () -> operators.loginState(operatorId));
    }

    /**
     * Saves the sign-in state and syncs it: a lockout that a power cut could undo would let a PIN
     * be guessed by pulling the plug.
     */
    @Override
    public void saveLoginState(String operatorId, LoginState state) {
        Objects.requireNonNull(operatorId, "operatorId");
        Objects.requireNonNull(state, "state");
        write("sign-in state", () -> {
            operators.saveLoginState(operatorId, state);
            return 0;
        });
        syncUnderLock("sign-in state");
    }

    /** Read, change, write and sync under the ledger's one lock: parallel sign-ins count one by one. */
    @Override
    public LoginState updateLoginState(String operatorId, UnaryOperator<LoginState> change) {
        Objects.requireNonNull(operatorId, "operatorId");
        Objects.requireNonNull(change, "change");
        lock.lock();
        try {
            LoginState next = write("sign-in state", () -> {
                LoginState updated = Objects.requireNonNull(change.apply(operators.loginState(operatorId)));
                operators.saveLoginState(operatorId, updated);
                return updated;
            });
            syncUnderLock("sign-in state");
            return next;
        } finally {
            lock.unlock();
        }
    }

    /** Every custody invariant that does not hold right now, one line each; empty when all hold. */
    public List<String> checkInvariants() {
        return read("invariants", () -> LedgerInvariants.check(connection));
    }

    @Override
    public List<OutboxMessage> pendingOutbox(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return read("pending outbox", () -> queries.pendingOutbox(limit));
    }

    /**
     * Marks documents as stored by the fleet. Buffered: if the mark is lost in a crash the document
     * is sent again, and the fleet, which stores each (kiosk, sequence number) once, acknowledges it
     * again.
     */
    @Override
    public void markSent(List<Long> sequenceNumbers) {
        write("mark outbox sent", () -> {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE outbox SET sent_at = ? WHERE seq = ? AND sent_at IS NULL")) {
                for (Long seq : sequenceNumbers) {
                    SqlTime.set(update, 1, clock.instant());
                    update.setLong(2, seq);
                    update.addBatch();
                }
                update.executeBatch();
            }
            return 0;
        });
    }

    /**
     * Deletes identity records whose keep-until is at or before {@code now}, appends an audit link
     * saying how many, and syncs so that a deletion the kiosk reported is not undone by a crash.
     */
    @Override
    public int purgePersonalData(Instant now) {
        Objects.requireNonNull(now, "now");
        int purged = write("purge personal data", () -> {
            int count;
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM identity_records WHERE keep_until <= ?")) {
                SqlTime.set(delete, 1, now);
                count = delete.executeUpdate();
            }
            if (count > 0) {
                AuditChain.append(
                        connection,
                        now,
                        FactWriter.LEDGER_ACTOR,
                        FactWriter.LEDGER_ACTOR,
                        "identity-purged",
                        "records=" + count + " keep-until<=" + now);
            }
            return count;
        });
        if (purged > 0) {
            lock.lock();
            try {
                requireOpen();
                sync("identity purge");
            } finally {
                lock.unlock();
            }
        }
        return purged;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            connection.close();
        } catch (SQLException e) {
            throw new LedgerException("closing the ledger in " + folder + " failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private void syncUnderLock(String what) {
        lock.lock();
        try {
            requireOpen();
            sync(what);
        } finally {
            lock.unlock();
        }
    }

    private void sync(String what) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new LedgerException(
                    what + " was committed but its sync to disk failed; do not act on it: " + e.getMessage(), e);
        }
    }

    /**
     * Moves the mark to where the ledger is now, right after a sync: the next start then refuses
     * a file that lost anything up to here. A mark that cannot be written fails the commit as a
     * failed sync does: the kiosk must not act on it.
     */
    private void advanceMark(String what) {
        if (markFile.isEmpty()) {
            return;
        }
        try {
            LedgerMark now = LedgerMarkCheck.current(connection);
            connection.commit();
            markFile.get().write(now);
            mark = Optional.of(now);
        } catch (SQLException | LedgerException e) {
            throw new LedgerException(
                    what + " was committed and synced but the ledger mark "
                            + markFile.get().path() + " could not be moved on; do not act on it: " + firstLine(e),
                    e);
        }
    }

    private <T> T read(String what, SqlWork<T> work) {
        lock.lock();
        try {
            requireOpen();
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                throw translate(e, "reading " + what);
            }
        } finally {
            lock.unlock();
        }
    }

    private <T> T write(String what, SqlWork<T> work) {
        return read(what, work);
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new LedgerException("the ledger in " + folder + " is closed");
        }
    }

    private LedgerException translate(Exception e, String what) {
        if (e instanceof LedgerException) {
            return (LedgerException) e;
        }
        if (e instanceof SQLException
                && String.valueOf(((SQLException) e).getSQLState()).startsWith("23")) {
            return new LedgerRefusedException(what + " refused by a ledger constraint: " + firstLine(e), e);
        }
        return new LedgerException(what + " failed in " + folder + ": " + firstLine(e), e);
    }

    private static void validate(JournalEntry entry, List<LedgerFact> facts, Durability durability) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(durability, "durability");
        if (entry.at() == null) {
            throw new LedgerRefusedException("journal entry of session " + entry.sessionId() + " has no time");
        }
    }

    static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** A piece of JDBC work run under the lock. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }
}
