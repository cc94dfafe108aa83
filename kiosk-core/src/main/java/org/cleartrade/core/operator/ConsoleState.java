package org.cleartrade.core.operator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.operator.OperatorConsole.Phase;
import org.cleartrade.core.session.SessionSnapshot;

/**
 * Everything the operator console knows between two steps; immutable. {@link #snapshot()} is what
 * the screens see of it.
 *
 * @param sessionId the console session being journaled: from a sign-in attempt to its sign-out
 * @param seq the journal position of the last step of that session
 * @param openBin the bin being unlatched, open, or being locked
 * @param expected the trade whose phone should come out of {@code openBin}
 * @param returning the trade whose phone staff give back to its seller from {@code openBin}
 * @param restockStarted when the restock that the next manifest covers began
 * @param lastActivity the last operator command, for the idle sign-out
 * @param closing the sign-out the console is finishing once the bin is locked and the manifest
 *     printed
 * @param awaiting the answer the console waits for from its last effect
 */
public record ConsoleState(
        Phase phase,
        Optional<String> sessionId,
        long seq,
        Optional<OperatorAccount> operator,
        OptionalInt openBin,
        Optional<TradeRecord> expected,
        Optional<TradeRecovery.Situation> returning,
        Optional<SessionSnapshot> handOver,
        Notice notice,
        List<CustodyManifest.Release> releases,
        List<Discrepancy> discrepancies,
        Optional<CustodyManifest> lastManifest,
        List<DeviceSelfTest.Result> selfTest,
        Instant restockStarted,
        Instant lastActivity,
        Optional<Closing> closing,
        Optional<Awaiting> awaiting) {

    /** Why the console signs out once the bin is locked and the manifest is printed. */
    public enum Closing {
        SIGN_OUT,
        RETURN_TO_SERVICE,
        IDLE
    }

    /** The answer an effect owes the console. */
    public enum Awaiting {
        PIN,
        UNLATCH,
        LOCK,
        SIGNATURE,
        MANIFEST_PRINT,
        REPRINT,
        SELF_TEST,
        EXPORT
    }

    public ConsoleState {
        releases = List.copyOf(releases);
        discrepancies = List.copyOf(discrepancies);
        selfTest = List.copyOf(selfTest);
    }

    /** Nobody signed in, nothing journaled yet. */
    public static ConsoleState signedOut(Instant now) {
        return new ConsoleState(
                Phase.SIGNED_OUT,
                Optional.empty(),
                0,
                Optional.empty(),
                OptionalInt.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Notice.NONE,
                List.of(),
                List.of(),
                Optional.empty(),
                List.of(),
                now,
                now,
                Optional.empty(),
                Optional.empty());
    }

    public ConsoleSnapshot snapshot() {
        boolean binOpen = phase == Phase.BIN_OPEN;
        return new ConsoleSnapshot(
                phase,
                operator.map(OperatorAccount::operatorId),
                operator.map(OperatorAccount::role),
                binOpen ? openBin : OptionalInt.empty(),
                notice,
                releases,
                discrepancies,
                lastManifest,
                selfTest,
                handOver,
                binOpen ? expected : Optional.empty());
    }
}
