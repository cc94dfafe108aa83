package org.cleartrade.core.operator;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.core.operator.ConsoleState.Awaiting;
import org.cleartrade.core.operator.ConsoleState.Closing;
import org.cleartrade.core.operator.OperatorConsole.Phase;

/**
 * The operator console's journal text: one line of {@code key=value} pairs separated by {@code ;}.
 * It carries no PIN and no personal data, only what a restart needs to tell staff what was cut
 * short.
 *
 * <pre>
 * v2: format=cleartrade-console/2;phase=BIN_OPEN;operator=ann;bin=1;notice=scan.released;
 *     releases=t-1,t-2;discrepancies=0;awaiting=LOCK;closing=IDLE
 * v1: phase=BIN_OPEN;operator=ann;bin=1;notice=bin.opened;releases=2;discrepancies=0
 * </pre>
 *
 * <p>Version 1 (no {@code format} key) is what kiosks journaled before the console ran on effects: it
 * counts releases instead of naming their trades and knows no awaited answer. A kiosk upgraded in
 * the middle of a restock still reads it. A bad value is an {@link IllegalArgumentException} that
 * names its key.
 */
public final class ConsoleJournal {

    static final String FORMAT = "cleartrade-console/2";

    /**
     * One decoded entry.
     *
     * @param releasedTrades the trades released since the last manifest; empty for a v1 entry, whose
     *     {@code releaseCount} alone says how many there were
     */
    public record Entry(
            Phase phase,
            Optional<String> operatorId,
            OptionalInt bin,
            String noticeKey,
            int releaseCount,
            List<String> releasedTrades,
            int discrepancies,
            Optional<Awaiting> awaiting,
            Optional<Closing> closing) {
        public Entry {
            releasedTrades = List.copyOf(releasedTrades);
        }
    }

    private ConsoleJournal() {}

    static String encode(ConsoleState s) {
        return "format=" + FORMAT
                + ";phase=" + s.phase()
                + ";operator=" + s.operator().map(OperatorAccount::operatorId).orElse("")
                + ";bin=" + (s.openBin().isPresent() ? s.openBin().getAsInt() : "")
                + ";notice=" + s.notice().key()
                + ";releases="
                + String.join(
                        ",",
                        s.releases().stream()
                                .map(CustodyManifest.Release::tradeId)
                                .toList())
                + ";discrepancies=" + s.discrepancies().size()
                + ";awaiting=" + s.awaiting().map(Enum::name).orElse("")
                + ";closing=" + s.closing().map(Enum::name).orElse("");
    }

    /** Reads a v2 or a v1 entry. */
    public static Entry decode(String text) {
        Map<String, String> values = pairs(text);
        boolean v2 = values.containsKey("format");
        if (v2 && !FORMAT.equals(values.get("format"))) {
            throw new IllegalArgumentException("format: unknown console journal format " + values.get("format"));
        }
        Phase phase = enumValue(Phase.class, "phase", values.get("phase"))
                .orElseThrow(() -> new IllegalArgumentException("phase: missing"));
        List<String> released = List.of();
        int releaseCount;
        String releases = values.getOrDefault("releases", "");
        if (v2) {
            released = releases.isEmpty() ? List.of() : Arrays.asList(releases.split(","));
            releaseCount = released.size();
        } else {
            releaseCount = number("releases", releases);
        }
        String bin = values.getOrDefault("bin", "");
        return new Entry(
                phase,
                Optional.ofNullable(values.get("operator")).filter(o -> !o.isEmpty()),
                bin.isEmpty() ? OptionalInt.empty() : OptionalInt.of(number("bin", bin)),
                values.getOrDefault("notice", ""),
                releaseCount,
                released,
                number("discrepancies", values.getOrDefault("discrepancies", "")),
                enumValue(Awaiting.class, "awaiting", values.get("awaiting")),
                enumValue(Closing.class, "closing", values.get("closing")));
    }

    private static Map<String, String> pairs(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("console journal: not a key=value pair: " + pair);
            }
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return values;
    }

    private static int number(String key, String value) {
        if (value.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a number: " + value, e);
        }
    }

    private static <T extends Enum<T>> Optional<T> enumValue(Class<T> type, String key, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": unknown value " + value, e);
        }
    }
}
