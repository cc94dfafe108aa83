package org.cleartrade.core.session;

/**
 * A document port cannot issue what it was asked for because the session lacks a fact the
 * document must carry. This is not a coding error: after a restart the journal may hold a
 * verified erase whose acknowledgement was never journaled (the kiosk died between the phone's
 * reset and the commit of its answer), and no certificate may claim evidence the ledger does not
 * hold. The effect answers it as a failed port call, so the session takes its fault path (for a
 * certificate: the erase-unverified alert, and the phone goes back).
 */
public final class MissingEvidenceException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public MissingEvidenceException(String message) {
        super(message);
    }
}
