package org.cleartrade.core.driver;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cleartrade.core.jurisdiction.JurisdictionProfile;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.PhaseTimings;
import org.cleartrade.core.session.SessionSnapshot;

/** What a run of journeys did: outcomes per scenario, unexpected endings, violations and timings. */
public final class JourneyReport {

    private final Map<Scenario, Map<String, Integer>> endings = new EnumMap<>(Scenario.class);
    private final List<String> unexpected = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private final Map<Phase, List<Long>> phaseNanos = new EnumMap<>(Phase.class);
    private final List<Long> journeyNanos = new ArrayList<>();

    void add(Scenario scenario, SessionSnapshot end, PhaseTimings timings, List<String> journeyViolations) {
        String ending = end.phase() + "/" + end.outcome().map(Enum::name).orElse("-")
                + end.refusal().map(r -> " " + r).orElse("")
                + end.fault().map(f -> " " + f.reason()).orElse("");
        endings.computeIfAbsent(scenario, s -> new java.util.TreeMap<>()).merge(ending, 1, Integer::sum);
        JurisdictionProfile profile = JurisdictionProfiles.bundled(end.jurisdiction());
        if (end.phase() != scenario.finalPhase(profile) || end.outcome().orElse(null) != scenario.outcome(profile)) {
            unexpected.add(end.sessionId() + " " + scenario + " ended " + ending + ", expected "
                    + scenario.finalPhase(profile) + "/" + scenario.outcome(profile));
        }
        violations.addAll(journeyViolations);
        timings.perPhase()
                .forEach((p, n) ->
                        phaseNanos.computeIfAbsent(p, k -> new ArrayList<>()).add(n));
        journeyNanos.add(timings.totalNanos());
    }

    public int journeys() {
        return journeyNanos.size();
    }

    /** Invariant violations; the run is good only when this is empty. */
    public List<String> violations() {
        return violations;
    }

    /** Journeys that ended otherwise than their scenario says. */
    public List<String> unexpected() {
        return unexpected;
    }

    public long medianJourneyNanos() {
        return percentile(journeyNanos, 50);
    }

    public long p99JourneyNanos() {
        return percentile(journeyNanos, 99);
    }

    static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "journeys: %d%n%n", journeys());
        out.println("outcomes (final phase/outcome x count):");
        endings.forEach((scenario, counts) -> out.printf(Locale.ROOT, "  %-22s %s%n", scenario, counts));
        out.println();
        out.println("software time per phase (ms; per journey that visited it; device waits excluded):");
        out.printf(Locale.ROOT, "  %-22s %8s %8s %8s%n", "phase", "n", "median", "p99");
        phaseNanos.forEach((phase, list) -> out.printf(
                Locale.ROOT,
                "  %-22s %8d %8.3f %8.3f%n",
                phase,
                list.size(),
                percentile(list, 50) / 1e6,
                percentile(list, 99) / 1e6));
        out.printf(
                Locale.ROOT,
                "%nsoftware time per journey: median %.3f ms, p99 %.3f ms%n",
                medianJourneyNanos() / 1e6,
                p99JourneyNanos() / 1e6);
        out.printf(Locale.ROOT, "unexpected endings: %d%n", unexpected.size());
        unexpected.stream().limit(20).forEach(u -> out.println("  " + u));
        out.printf(Locale.ROOT, "invariant violations: %d%n", violations.size());
        violations.stream().limit(50).forEach(v -> out.println("  " + v));
    }
}
