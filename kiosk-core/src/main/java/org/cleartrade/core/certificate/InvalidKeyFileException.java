package org.cleartrade.core.certificate;

/** A key file that cannot be used: unreadable, not Ed25519, or not protected as it must be. */
public class InvalidKeyFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidKeyFileException(String message) {
        super(message);
    }

    public InvalidKeyFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
