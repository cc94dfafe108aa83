package org.cleartrade.core.operator;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.cleartrade.pricing.quote.Money;

/**
 * What the operator screen should say about the last action: a kind that names its message and
 * whether it reports a problem, and the values it speaks of. Values keep their type (an
 * {@link Instant}, {@link Money}, a number or text) so the screen formats them for its locale
 * without guessing from their text.
 */
public record Notice(Kind kind, List<Object> args) {

    public static final Notice NONE = new Notice(Kind.NONE, List.of());

    public Notice {
        args = List.copyOf(args);
        for (Object arg : args) {
            if (!(arg instanceof String || arg instanceof Number || arg instanceof Instant || arg instanceof Money)) {
                throw new IllegalArgumentException(kind + ": a notice speaks of text, numbers, instants and money, not "
                        + arg.getClass().getSimpleName());
            }
        }
    }

    public static Notice of(Kind kind, Object... args) {
        return new Notice(kind, Arrays.asList(args));
    }

    /** The message key, {@code operator.notice.<key>} in the UI's bundles. */
    public String key() {
        return kind.key;
    }

    public boolean isProblem() {
        return kind.problem;
    }

    /** Every notice the console gives, with the values each one speaks of. */
    public enum Kind {
        NONE("", false),
        SIGNIN_GRANTED("signin.granted", false),
        /** attempts left */
        SIGNIN_REFUSED("signin.refused", true),
        /** until */
        SIGNIN_LOCKED("signin.locked", true),
        /** until */
        SIGNIN_PAD_PAUSED("signin.padPaused", true),
        /** bin, until */
        BIN_ON_HOLD("bin.onHold", true),
        /** bin */
        BIN_EMPTY("bin.empty", true),
        /** bin */
        BIN_OPENED("bin.opened", false),
        /** bin */
        BIN_MISSING_PHONE("bin.missingPhone", true),
        /** bin, reason */
        BIN_DEVICE_ERROR("bin.deviceError", true),
        /** bin */
        BIN_CLOSE_DOOR_FIRST("bin.closeDoorFirst", true),
        /** bin */
        BIN_LOCKED("bin.locked", false),
        /** bin */
        BIN_JAMMED("bin.jammed", true),
        /** bin */
        BIN_LEFT_IN_BIN("bin.leftInBin", true),
        /** bin, phone */
        SCAN_RELEASED("scan.released", false),
        /** bin, phone */
        SCAN_UNKNOWN("scan.unknown", true),
        SCAN_UNREADABLE_NOTHING("scan.unreadable.nothing", true),
        SCAN_UNREADABLE_TOO_LONG("scan.unreadable.tooLong", true),
        SCAN_UNREADABLE_CHARACTERS("scan.unreadable.characters", true),
        SCAN_UNREADABLE_CHECK_DIGIT("scan.unreadable.checkDigit", true),
        /** phone */
        SCAN_ALREADY("scan.already", true),
        /** trade */
        VOID_DONE("void.done", false),
        /** trade */
        VOID_UNKNOWN("void.unknown", true),
        /** trade, status */
        VOID_TOO_LATE("void.tooLate", true),
        TRADE_NOTHING_TYPED("trade.nothingTyped", true),
        /** reference, trade ids */
        TRADE_AMBIGUOUS("trade.ambiguous", true),
        /** trade */
        REPRINT_DONE("reprint.done", false),
        /** trade */
        REPRINT_UNKNOWN("reprint.unknown", true),
        /** trade, reason */
        REPRINT_FAILED("reprint.failed", true),
        ALERT_RESOLVED("alert.resolved", false),
        ALERT_NOT_OPEN("alert.notOpen", true),
        /** amount */
        ALERT_STILL_OWED("alert.stillOwed", true),
        /** trade, amount */
        RECOVERY_PAID_BY_HAND("recovery.paidByHand", false),
        /** trade */
        RECOVERY_RETURNED("recovery.returned", false),
        /** bin, trade */
        RECOVERY_OPEN_FOR_RETURN("recovery.openForReturn", false),
        /** bin, trade */
        RECOVERY_STILL_INSIDE("recovery.stillInside", true),
        /** trade */
        RECOVERY_HAND_OVER("recovery.handOver", false),
        /** trade */
        RECOVERY_NOT_OFFERED("recovery.notOffered", true),
        /** trade */
        RECOVERY_UNREADABLE("recovery.unreadable", true),
        RECOVERY_NO_TRADE("recovery.noTrade", true),
        /** bin */
        RECOVERY_NO_SCAN_WHEN_RETURNING("recovery.noScanWhenReturning", true),
        SERVICE_RETURNED("service.returned", false),
        SELFTEST_PASSED("selftest.passed", false),
        SELFTEST_FAILED("selftest.failed", true),
        /** manifest id */
        RESTOCK_MANIFEST("restock.manifest", false),
        /** manifest id, reason */
        RESTOCK_PRINT_FAILED("restock.printFailed", true),
        /** folder, trades, certificates, audit links */
        EXPORT_DONE("export.done", false),
        /** reason */
        EXPORT_FAILED("export.failed", true),
        SIGNOUT("signout", false),
        SIGNOUT_IDLE("signout.idle", true),
        /** bin */
        SIGNOUT_CLOSE_BIN_FIRST("signout.closeBinFirst", true),
        PERMISSION_DENIED("permission.denied", true),
        /** The window closes; the screen shows no text for it. */
        KIOSK_EXIT("kiosk.exit", false);

        private final String key;
        private final boolean problem;

        Kind(String key, boolean problem) {
            this.key = key;
            this.problem = problem;
        }

        public String key() {
            return key;
        }
    }
}
