package org.cleartrade.core.driver;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.cleartrade.core.jurisdiction.JurisdictionProfile;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.ledger.Ledger;

/**
 * The journey driver's command line. A launcher passes the ledger to run against (the in-memory
 * one in tests, the H2 ledger from the composition root) and the arguments:
 *
 * <pre>
 * --journeys N          how many journeys (default 1000)
 * --mix a=w,b=w,...     scenario weights by name, case-insensitive (default: the built-in mix)
 * --seed S              shuffles the plan reproducibly (default 1)
 * --jurisdiction ID     US-IL, US-CA, CN or EU (default US-IL)
 * --bins N              bins in the simulated latch bank (default 8)
 * </pre>
 *
 * Exit status: 0 when no invariant was violated and every journey ended as its scenario says.
 */
public final class JourneyDriverMain {

    /** Mostly happy sellers, and every fault path at least a little. */
    public static final Map<Scenario, Integer> DEFAULT_MIX = defaultMix();

    private JourneyDriverMain() {}

    private static Map<Scenario, Integer> defaultMix() {
        Map<Scenario, Integer> mix = new EnumMap<>(Scenario.class);
        for (Scenario s : Scenario.values()) {
            mix.put(s, 4);
        }
        mix.put(Scenario.HAPPY, 48);
        return Collections.unmodifiableMap(mix);
    }

    /** Parses the arguments, runs the journeys against {@code ledger}, prints the report; returns the exit status. */
    public static int run(String[] args, Function<Integer, Ledger> ledgerForBins, PrintStream out) {
        Map<String, String> options = parse(args);
        int journeys = positive(options, "journeys", 1000);
        int bins = positive(options, "bins", 8);
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        JurisdictionProfile profile = JurisdictionProfiles.bundled(options.getOrDefault("jurisdiction", "US-IL"));
        Map<Scenario, Integer> mix = options.containsKey("mix") ? mix(options.get("mix")) : DEFAULT_MIX;

        VirtualTime time = new VirtualTime(Instant.parse("2026-11-23T09:00:00Z"));
        JourneyDriver driver = JourneyDriver.headless(
                profile,
                time,
                SimulatedKiosk.inMemory(bins, time),
                ledgerForBins.apply(bins),
                "J" + Long.toHexString(seed));
        List<Scenario> plan = plan(mix, journeys, seed);
        long started = System.nanoTime();
        JourneyReport report = driver.run(plan);
        long wall = System.nanoTime() - started;
        out.printf(Locale.ROOT, "jurisdiction %s, bins %d, seed %d, mix %s%n", profile.id(), bins, seed, mix);
        report.print(out);
        out.printf(
                Locale.ROOT, "wall time: %.1f s (including simulated devices and the virtual printer)%n", wall / 1e9);
        return report.violations().isEmpty() && report.unexpected().isEmpty() ? 0 : 1;
    }

    /** {@code journeys} scenarios drawn in proportion to the weights, shuffled by the seed. */
    public static List<Scenario> plan(Map<Scenario, Integer> mix, int journeys, long seed) {
        int total = mix.values().stream().mapToInt(Integer::intValue).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("--mix: the weights must add up to more than 0");
        }
        List<Scenario> plan = new ArrayList<>(journeys);
        List<Scenario> order = new ArrayList<>(mix.keySet());
        double carry = 0;
        for (Scenario s : order) {
            carry += (double) mix.get(s) * journeys / total;
            while (plan.size() < Math.round(carry)) {
                plan.add(s);
            }
        }
        Collections.shuffle(plan, new Random(seed));
        return plan;
    }

    static Map<Scenario, Integer> mix(String text) {
        Map<Scenario, Integer> mix = new EnumMap<>(Scenario.class);
        for (String part : text.split(",")) {
            String[] kv = part.split("=", 2);
            try {
                Scenario s =
                        Scenario.valueOf(kv[0].trim().toUpperCase(Locale.ROOT).replace('-', '_'));
                mix.put(s, kv.length == 2 ? Integer.parseInt(kv[1].trim()) : 1);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--mix: '" + part + "' is not scenario=weight (scenarios: "
                        + java.util.Arrays.toString(Scenario.values()) + ")");
            }
        }
        return mix;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value, got '" + args[i] + "'");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static int positive(Map<String, String> options, String key, int fallback) {
        String value = options.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + " must be a positive whole number, was '" + value + "'");
        }
    }
}
