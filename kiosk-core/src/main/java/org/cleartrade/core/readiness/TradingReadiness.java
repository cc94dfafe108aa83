package org.cleartrade.core.readiness;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether the kiosk may take phones, decided from the device problems the last check found and
 * what staff acknowledged. Pure: the decision is tested as a table.
 *
 * <ul>
 *   <li>No problem: trading.
 *   <li>Only printer problems, each acknowledged by staff: trading, with vouchers and certificates
 *       kept on the screen when they do not print.
 *   <li>Any latch problem, or a printer problem not acknowledged: held. A latch problem cannot be
 *       acknowledged, only fixed.
 * </ul>
 *
 * An acknowledgement holds for as long as the same problem is found again; a problem that clears
 * and comes back must be acknowledged again.
 *
 * @param acknowledged the {@linkplain DeviceProblem#key() keys} of the problems staff acknowledged
 */
public record TradingReadiness(List<DeviceProblem> problems, Set<String> acknowledged) {

    public static final TradingReadiness READY = new TradingReadiness(List.of(), Set.of());

    public TradingReadiness {
        problems = List.copyOf(problems);
        acknowledged = Set.copyOf(acknowledged);
        for (DeviceProblem p : problems) {
            if (!p.acknowledgeable() && acknowledged.contains(p.key())) {
                throw new IllegalArgumentException(p.key() + " is a latch problem: it cannot be acknowledged");
            }
        }
    }

    /** The readiness after a check found {@code found}: acknowledgements of problems still there carry over. */
    public TradingReadiness after(List<DeviceProblem> found) {
        Set<String> keys = found.stream().map(DeviceProblem::key).collect(Collectors.toSet());
        Set<String> kept = new HashSet<>(acknowledged);
        kept.retainAll(keys);
        return new TradingReadiness(found, kept);
    }

    public boolean tradingAllowed() {
        return outstanding().isEmpty();
    }

    /** The problems that hold trading now, in the order found. */
    public List<DeviceProblem> outstanding() {
        return problems.stream().filter(p -> !acknowledged.contains(p.key())).toList();
    }

    /** Whether staff may acknowledge what holds trading: something does, and it is all on the printer. */
    public boolean mayAcknowledge() {
        List<DeviceProblem> outstanding = outstanding();
        return !outstanding.isEmpty() && outstanding.stream().allMatch(DeviceProblem::acknowledgeable);
    }

    /**
     * The readiness once staff acknowledged every outstanding problem.
     *
     * @throws IllegalStateException when a latch problem is outstanding, or nothing is
     */
    public TradingReadiness acknowledgedAll() {
        if (!mayAcknowledge()) {
            throw new IllegalStateException(
                    outstanding().isEmpty()
                            ? "nothing to acknowledge"
                            : "a latch problem holds trading: it must be fixed, not acknowledged");
        }
        Set<String> all = new HashSet<>(acknowledged);
        outstanding().forEach(p -> all.add(p.key()));
        return new TradingReadiness(problems, all);
    }
}
