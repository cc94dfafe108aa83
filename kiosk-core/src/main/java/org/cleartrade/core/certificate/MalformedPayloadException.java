package org.cleartrade.core.certificate;

/** A QR payload that cannot be read; {@link #reason()} says which rule it broke. */
public class MalformedPayloadException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Each way a payload can be unreadable. */
    public enum Reason {
        /** The text does not start with {@link QrPayloadCodec#PREFIX}: not a ClearTrade code. */
        BAD_PREFIX,
        /** The text after the prefix is not Base45. */
        NOT_BASE45,
        /** The first byte names neither a certificate nor a voucher. */
        UNKNOWN_KIND,
        /** A payload format version this verifier does not know. */
        UNKNOWN_VERSION,
        /** The payload ends before its last field. */
        TRUNCATED,
        /** Bytes follow the signature. */
        TRAILING_BYTES,
        /** A field holds a value no kiosk writes. */
        BAD_FIELD
    }

    private final Reason reason;

    public MalformedPayloadException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
