package org.cleartrade.codes.pdf;

/** A font a receipt PDF needs is not installed; the message names the file and the package. */
public class MissingFontException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public MissingFontException(String message) {
        super(message);
    }
}
