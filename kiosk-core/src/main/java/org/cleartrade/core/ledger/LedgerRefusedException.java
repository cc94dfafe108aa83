package org.cleartrade.core.ledger;

/**
 * The ledger refused a commit because it breaks one of its rules: a gap or repeat in a session's
 * journal, a second voucher for one trade, a phone binned into an occupied bin, a voucher for a
 * phone that was never erased and locked in a bin. The whole commit was rolled back; this is a bug
 * upstream, never a storage fault, so retrying the same commit fails the same way.
 */
public class LedgerRefusedException extends LedgerException {
    private static final long serialVersionUID = 1L;

    public LedgerRefusedException(String message) {
        super(message);
    }

    public LedgerRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
