package org.cleartrade.core.session;

/** How a session ended, for the anonymous counts and the journey driver's summary. */
public enum Outcome {
    /** Phone binned, voucher issued. */
    COMPLETED,
    DECLINED,
    CANCELLED,
    REFUSED,
    /** The seller left without finishing; nothing was traded, or the trade was voided. */
    WALKED_AWAY,
    /** The seller unplugged the phone before accepting. */
    WITHDRAWN,
    /** A device or port failed; the phone went back or an operator was alerted. */
    FAULT,
    /** The kiosk restarted and recovery ended the session safely. */
    INTERRUPTED
}
