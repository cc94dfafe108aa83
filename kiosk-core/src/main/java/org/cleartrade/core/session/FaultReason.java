package org.cleartrade.core.session;

/** Why a session left its happy path for a reason other than the seller's choice or a refusal. */
public enum FaultReason {
    PHONE_UNPLUGGED,
    INSPECTION_FAILED,
    BLOCK_LIST_FAILED,
    QUOTE_FAILED,
    QUOTE_EXPIRED,
    ERASE_REFUSED,
    ERASE_FAILED,
    ERASE_UNVERIFIED,
    CERTIFICATE_FAILED,
    PRINTER_FAILED,
    PRINTER_OUT_OF_PAPER,
    NO_BIN_FREE,
    LATCH_JAMMED,
    DOOR_LEFT_OPEN,
    PHONE_NOT_DEPOSITED,
    SERIAL_MISMATCH,
    PHONE_LEFT_IN_BIN,
    VOUCHER_FAILED,
    DEVICE_TIMEOUT,
    SELLER_TIMEOUT,
    RESTARTED,
    /** The device-owner helper could not be confirmed removed from a phone that was not erased. */
    HELPER_NOT_REMOVED
}
