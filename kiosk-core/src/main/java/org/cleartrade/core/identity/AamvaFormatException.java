package org.cleartrade.core.identity;

/** The scanned text is not an AAMVA licence or ID payload; the message never repeats its content. */
public final class AamvaFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AamvaFormatException(String message) {
        super(message);
    }
}
