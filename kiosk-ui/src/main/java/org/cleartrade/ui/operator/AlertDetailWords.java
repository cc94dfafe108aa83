package org.cleartrade.ui.operator;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cleartrade.ui.i18n.UiText;

/**
 * An alert's detail in the operator's language. The session engine writes each detail in English
 * for the audit log, from a fixed set of sentences with a bin number, a voucher id or a device's
 * own message filled in; each sentence has a key here ({@code operator.alert.detail.<key>}) and
 * its blanks become the arguments. What a device said is quoted as it said it, under a translated
 * lead, because no table can translate a driver's message; a detail no sentence matches is shown
 * the same way rather than hidden.
 */
final class AlertDetailWords {

    /** The engine appends what the seller is owed; the alert card shows that amount on its own line. */
    private static final Pattern OWED = Pattern.compile("; the seller is owed .*$");

    /** In order: the first sentence that matches the whole detail words it. */
    private static final List<Map.Entry<Pattern, String>> SENTENCES = List.of(
            sentence("block list unchecked for the IMEI the helper read", "blockListHelper"),
            sentence("block list unchecked at acceptance", "blockListAcceptance"),
            sentence("erased but no certificate: (.+)", "noCertificateBecause"),
            sentence("erased but no certificate", "noCertificate"),
            sentence("no bin free; the erased phone waits on the dock", "noBinFree"),
            sentence("bin (\\d+): the tray does not report the erased phone", "trayMismatch"),
            sentence("bin (\\d+) jammed or tampered during deposit", "jammedDuringDeposit"),
            sentence("bin (\\d+) would not lock: (.+)", "wouldNotLock"),
            sentence("bin (\\d+) left open after the deposit was abandoned", "leftOpenAbandoned"),
            sentence("bin (\\d+) did not lock after the deposit was abandoned", "notLockedAbandoned"),
            sentence("bin (\\d+) locked with the phone inside; no voucher", "lockedNoVoucher"),
            sentence("bin (\\d+) holds the phone but did not lock: (.+)", "holdsButUnlocked"),
            sentence("bin (\\d+): (.+)", "binDevice"),
            sentence("no bin is free, empty and working", "noWorkingBin"),
            sentence("the ledger holds no bin reserved for trade (\\S+)", "noReservation"),
            sentence("reserved bin (\\d+) reads (.+) just before the erase", "reservedBinBad"),
            sentence("the phone was not inspected", "notInspected"),
            sentence("the printer reports (.+), and receipts cannot be shown on screen", "printerDown"),
            sentence("the printer does not answer: (.+), and receipts cannot be shown on screen", "printerDown"),
            sentence("the latch controller does not answer: (.+)", "latchDown"),
            sentence("erased phone was not deposited", "notDeposited"),
            sentence(
                    "the certificate did not print and the seller left before a bin opened; the erased phone is on the dock",
                    "leftBeforeBin"),
            sentence("phone binned; pay the seller by hand", "payByHand"),
            sentence(
                    "voucher (\\S+) did not print and the seller did not say they took it from the screen",
                    "voucherNotTaken"),
            sentence("an erased phone was left on the dock", "erasedLeftOnDock"),
            sentence("a phone was left on the dock", "leftOnDock"),
            sentence("refused phone left on the dock", "refusedLeftOnDock"),
            sentence("the phone did not come back after the reset", "notBackAfterReset"),
            sentence(
                    "restarted in (\\S+); the journal cannot be read \\((.*)\\); check the dock and the bins",
                    "journalUnreadable"));

    private AlertDetailWords() {}

    /** A seller turned away before the erase: the gate's reason code, then its own sentence. */
    private static final Pattern TURNED_AWAY = Pattern.compile("[A-Z_]+: (.+)");

    static String of(String detail, UiText text) {
        String plain = OWED.matcher(detail).replaceFirst("");
        Matcher turnedAway = TURNED_AWAY.matcher(plain);
        if (turnedAway.matches()) {
            // The alert's title already says the seller was turned away; the sentence says why.
            return of(turnedAway.group(1), text);
        }
        for (Map.Entry<Pattern, String> s : SENTENCES) {
            Matcher m = s.getKey().matcher(plain);
            if (m.matches()) {
                Object[] blanks = new Object[m.groupCount()];
                for (int i = 0; i < blanks.length; i++) {
                    blanks[i] = m.group(i + 1);
                }
                return text.get("operator.alert.detail." + s.getValue(), blanks);
            }
        }
        return text.get("operator.alert.detail.device", plain);
    }

    private static Map.Entry<Pattern, String> sentence(String regex, String key) {
        return Map.entry(Pattern.compile(regex), key);
    }
}
