package org.cleartrade.core.ledger;

/**
 * The ledger file is not the one this kiosk last wrote: missing, empty, shorter than the
 * high-water mark kept beside the signing keys, or another ledger altogether. The kiosk must not
 * start on it; a technician restores the file from a backup or starts a new ledger, as a recorded
 * decision ({@code kiosk ledger accept} or {@code kiosk ledger new}). The message says which and
 * names both files.
 */
public class LedgerLostException extends LedgerException {
    private static final long serialVersionUID = 1L;

    public LedgerLostException(String message) {
        super(message);
    }
}
