package org.cleartrade.ports.dock;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything inspection found, one {@link Check} per {@link Check.Kind}.
 *
 * @param batteryHealthPercent full-charge capacity as a share of design capacity, when readable
 */
public record InspectionReport(PhoneIdentity identity, List<Check> checks, OptionalInt batteryHealthPercent) {
    public InspectionReport {
        checks = List.copyOf(checks);
    }

    public Optional<Check> check(Check.Kind kind) {
        return checks.stream().filter(c -> c.kind() == kind).findFirst();
    }
}
