package org.cleartrade.core.session;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.session.SessionSnapshot.Deposit;
import org.cleartrade.core.session.SessionSnapshot.TradeState;

/**
 * A trade whose session ended before its seller was paid, finished by staff: a new session that
 * starts from the last journaled snapshot of the interrupted one, at the step staff chose, and is
 * then resumed ({@link SessionEvent.Resumed}) like any session after a restart. It runs through the
 * same machine and runner as the seller's own session, so every physical step (unlatch, lock,
 * print) is decided and synced to the ledger before it happens, the phone in the tray is checked
 * against the erased serial before any voucher, and the payout is recorded only once the voucher
 * is in the seller's hands, as paid through staff.
 *
 * <pre>
 * step                 trade must be                       resumes at
 * TAKE_PHONE_IN        erased, not in a bin                UNLATCHING the seller's bin, if free; else CHOOSING_BIN
 * ISSUE_VOUCHER        in a bin, no voucher                ISSUING_VOUCHER
 * PRINT_VOUCHER_AGAIN  voucher issued, not in seller hands PRINTING_VOUCHER (the same single-use voucher)
 * </pre>
 */
public final class StaffContinuation {

    public enum Step {
        TAKE_PHONE_IN,
        ISSUE_VOUCHER,
        PRINT_VOUCHER_AGAIN
    }

    private StaffContinuation() {}

    /**
     * The first snapshot of the continuation.
     *
     * @param interrupted the last snapshot of the trade's session, which has ended
     * @param sessionId the continuation's own session id
     * @param takenBins bins the ledger says hold another trade's phone now
     * @throws IllegalArgumentException when the trade is not in the state the step needs
     */
    public static SessionSnapshot of(
            SessionSnapshot interrupted,
            String sessionId,
            String operatorId,
            Step step,
            Set<Integer> takenBins,
            Instant now) {
        Objects.requireNonNull(operatorId, "operatorId");
        TradeState trade = interrupted.trade();
        String tradeId = trade.tradeId()
                .orElseThrow(() ->
                        new IllegalArgumentException("session " + interrupted.sessionId() + " has no trade to finish"));
        if (!interrupted.phase().isFinal()) {
            throw new IllegalArgumentException(
                    "trade " + tradeId + ": its session is still running in " + interrupted.phase());
        }
        if (!trade.owesSeller()) {
            throw new IllegalArgumentException("trade " + tradeId + " owes its seller nothing: "
                    + trade.status().map(Enum::name).orElse("no status"));
        }
        TradeRecord.Status status = trade.status().orElseThrow();
        Phase resumeAt;
        Deposit previous = trade.deposit();
        Deposit deposit = previous;
        switch (step) {
            case TAKE_PHONE_IN -> {
                require(status == TradeRecord.Status.ERASED, tradeId, step, "its phone is already in a bin");
                Deposit fresh = new Deposit(
                        OptionalInt.empty(),
                        previous.failedBins(),
                        Optional.empty(),
                        false,
                        false,
                        Optional.empty(),
                        Optional.empty());
                Optional<Integer> sellersBin =
                        previous.bin().isPresent() ? Optional.of(previous.bin().getAsInt()) : Optional.empty();
                Optional<Integer> usable = sellersBin.filter(
                        b -> !takenBins.contains(b) && !previous.failedBins().contains(b));
                if (usable.isPresent()) {
                    deposit = fresh.choose(usable.get());
                    resumeAt = Phase.UNLATCHING;
                } else {
                    deposit = fresh;
                    resumeAt = Phase.CHOOSING_BIN;
                }
            }
            case ISSUE_VOUCHER -> {
                require(status == TradeRecord.Status.BINNED, tradeId, step, "its phone is not in a bin");
                require(trade.voucher().isEmpty(), tradeId, step, "it already has a voucher");
                resumeAt = Phase.ISSUING_VOUCHER;
            }
            case PRINT_VOUCHER_AGAIN -> {
                require(trade.voucher().isPresent(), tradeId, step, "it has no voucher");
                resumeAt = Phase.PRINTING_VOUCHER;
            }
            default -> throw new IllegalArgumentException("unknown step " + step);
        }
        TradeState continued = trade.with(deposit).finishedBy(operatorId);
        return new SessionSnapshot(
                sessionId,
                0,
                resumeAt,
                0,
                now,
                Optional.empty(),
                interrupted.jurisdiction(),
                interrupted.language(),
                interrupted.phone(),
                interrupted.offer(),
                continued,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty());
    }

    /** The continuation's session id: the reference staff and seller see stays the interrupted one's. */
    public static String sessionId(String interruptedSessionId, String unique) {
        return "F" + unique + "-" + interruptedSessionId;
    }

    private static void require(boolean condition, String tradeId, Step step, String otherwise) {
        if (!condition) {
            throw new IllegalArgumentException("trade " + tradeId + " cannot " + step + ": " + otherwise);
        }
    }
}
