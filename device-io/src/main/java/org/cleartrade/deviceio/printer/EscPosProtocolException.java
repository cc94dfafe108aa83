package org.cleartrade.deviceio.printer;

/**
 * A byte stream a real ESC/POS printer would not accept: an unknown or ill-formed command, or a
 * stream that ended in the middle of one. The message names the command and the byte offset.
 */
public class EscPosProtocolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long offset;

    public EscPosProtocolException(String message, long offset) {
        super(message + " at byte " + offset);
        this.offset = offset;
    }

    /** A refusal found while printing a command that was well-formed on the wire. */
    public EscPosProtocolException(String message) {
        super(message);
        this.offset = -1;
    }

    /** Offset of the first byte of the offending command in the stream, or -1 when the refusal came from printing it. */
    public long offset() {
        return offset;
    }
}
