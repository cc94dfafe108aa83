package org.cleartrade.ledger.h2;

import java.util.Objects;

/**
 * A technician's decision about a ledger the kiosk refused to start on ({@link
 * H2Ledger#recover}).
 *
 * @param technician who decided, as they sign the site's service log
 * @param reason why, in a sentence (the backup restored, the disk replaced)
 */
public record LedgerRecovery(Kind kind, String technician, String reason) {

    /** What becomes the kiosk's ledger. */
    public enum Kind {
        /** The file now in the ledger folder, typically a restored backup. */
        ACCEPT_FILE("ledger-accepted"),
        /** A new, empty ledger; the old file, if any, is kept aside under a dated name. */
        START_NEW("ledger-started-new");

        private final String action;

        Kind(String action) {
            this.action = action;
        }
    }

    public LedgerRecovery {
        Objects.requireNonNull(kind, "kind");
        requireLine(technician, "technician", 100);
        requireLine(reason, "reason", 500);
    }

    String action() {
        return kind.action;
    }

    /** The signed text of the decision, as it goes into the audit chain. */
    String text(String previousMark, LedgerMark taken) {
        return "decision=" + kind.action + " technician=" + technician + " reason=" + reason + " replaces="
                + previousMark + " takes=" + taken.describe() + " head=" + taken.auditHead();
    }

    private static void requireLine(String value, String name, int max) {
        if (value == null
                || value.isBlank()
                || value.length() > max
                || !value.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f && !Character.isISOControl(c))) {
            throw new IllegalArgumentException(name + " must be 1 to " + max + " characters on one line");
        }
    }
}
