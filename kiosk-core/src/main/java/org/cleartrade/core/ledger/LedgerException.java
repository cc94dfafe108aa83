package org.cleartrade.core.ledger;

/**
 * The ledger could not do what was asked: its storage failed, is corrupted, or is in use by another
 * process. Nothing of the failed call was committed, unless the message says the commit itself went
 * through and only its sync to disk could not be confirmed; either way the caller must not perform
 * the physical action that depended on it.
 */
public class LedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LedgerException(String message) {
        super(message);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
