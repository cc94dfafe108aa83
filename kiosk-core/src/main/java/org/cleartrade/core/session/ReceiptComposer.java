package org.cleartrade.core.session;

import org.cleartrade.ports.printer.Receipt;

/** Lays out the paper receipts of a session, in the session's language. */
public interface ReceiptComposer {

    /** The erasure certificate with its QR and the price quote; the snapshot holds a certificate. */
    Receipt certificate(SessionSnapshot snapshot);

    /** The payout voucher with its QR; the snapshot holds a voucher. */
    Receipt voucher(SessionSnapshot snapshot);
}
