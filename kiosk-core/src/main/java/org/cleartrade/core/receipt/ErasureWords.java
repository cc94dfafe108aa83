package org.cleartrade.core.receipt;

import java.util.Objects;
import org.cleartrade.ports.dock.AndroidResetMethod;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.IphoneEraseMethod;
import org.cleartrade.ports.dock.VerificationEvidence;

/**
 * The method and verification lines of a certificate receipt in the receipt's language, said
 * from the facts the dock reported rather than from its English sentences: the Android method
 * line is read back into its encryption, Android version and helper call ({@link
 * AndroidResetMethod#read}), the iPhone's into its iOS version ({@link IphoneEraseMethod#read}),
 * and the verification into its evidence level, the phone's serial and the time it was seen. The signed certificate keeps the dock's
 * English words; a method line no dock of this kiosk writes is printed as recorded.
 */
final class ErasureWords {
    private final ReceiptCopy copy;

    ErasureWords(ReceiptCopy copy) {
        this.copy = Objects.requireNonNull(copy, "copy");
    }

    String method(EraseAcknowledgement erase) {
        String line = erase.method();
        return IphoneEraseMethod.read(line)
                .map(ios -> copy.text("method.iphone", ios))
                .or(() -> AndroidResetMethod.read(line).map(this::android))
                .orElse(line);
    }

    private String android(AndroidResetMethod.Reading reading) {
        // The DevicePolicyManager call by its own name, which no language translates.
        String call = reading.api().orElseGet(() -> copy.text("method.android.call.unreported"));
        String version = reading.androidVersion().isBlank()
                ? copy.text("method.android.version.unreported")
                : "Android " + reading.androidVersion();
        return copy.text(
                "method.android",
                call,
                version,
                copy.text("method.encryption." + reading.encryption().name()));
    }

    /** How the kiosk checked the erase: the evidence level it observed. */
    String verifiedBy(EraseVerification verification) {
        return copy.text("verification." + verification.evidence().name());
    }

    /**
     * What the kiosk saw: the serial and the time for a verified erase; for one that was not, the
     * dock's own account of it.
     */
    String observed(EraseVerification verification, String serial) {
        if (verification.evidence() == VerificationEvidence.NONE) {
            return verification.detail().replaceFirst("^Observed:\\s*", "");
        }
        return copy.text("observed." + verification.evidence().name(), serial, copy.time(verification.at()));
    }
}
