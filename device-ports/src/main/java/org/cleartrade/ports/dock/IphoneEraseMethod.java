package org.cleartrade.ports.dock;

import java.util.Optional;

/**
 * The method line of an iPhone erase: what "Erase All Content and Settings" does on an iPhone, and
 * on which iOS. The dock writes it into its {@link EraseAcknowledgement}; a receipt reads the iOS
 * version back to say the line in the seller's language.
 */
public final class IphoneEraseMethod {

    private static final String PREFIX =
            "Erase All Content and Settings (cryptographic erase: the effaceable storage key is destroyed), iOS ";

    private IphoneEraseMethod() {}

    /** The certificate's method line for an iPhone on this iOS version. */
    public static String describe(String iosVersion) {
        return PREFIX + iosVersion;
    }

    /** The iOS version back from a line {@link #describe} wrote; empty for any other line. */
    public static Optional<String> read(String line) {
        return line.startsWith(PREFIX) ? Optional.of(line.substring(PREFIX.length())) : Optional.empty();
    }
}
