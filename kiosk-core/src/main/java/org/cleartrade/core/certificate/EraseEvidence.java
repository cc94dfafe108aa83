package org.cleartrade.core.certificate;

import java.util.Objects;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.InspectionReport;

/**
 * The dock's three records of one erase, in the order they were taken: the inspection before the
 * erase (identity and lock states), the phone's acknowledgement that the erase started, and what
 * could be proven afterwards.
 */
public record EraseEvidence(
        InspectionReport inspection, EraseAcknowledgement acknowledgement, EraseVerification verification) {

    public EraseEvidence {
        Objects.requireNonNull(inspection, "inspection");
        Objects.requireNonNull(acknowledgement, "acknowledgement");
        Objects.requireNonNull(verification, "verification");
        if (verification.at().isBefore(acknowledgement.at())) {
            throw new IllegalArgumentException("erase verification at " + verification.at()
                    + " precedes the erase acknowledgement at " + acknowledgement.at());
        }
    }
}
