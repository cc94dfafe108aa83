package org.cleartrade.core.operator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.core.json.CompactJson;
import org.cleartrade.core.operator.ConsoleState.Awaiting;
import org.cleartrade.core.operator.ConsoleState.Closing;
import org.cleartrade.core.operator.OperatorConsole.Phase;

/**
 * The operator console's journal text: what a restart needs to tell staff what was cut short, with
 * no PIN and no personal data (docs/formats.md).
 *
 * <pre>
 * cleartrade-console/2 (JSON, written now):
 *   {"format":"cleartrade-console/2","phase":"BIN_OPEN","operator":"ann","bin":1,
 *    "notice":"scan.released","releases":["t-1","t-2"],"discrepancies":0,"awaiting":"LOCK"}
 * cleartrade-console/1 (key=value, no format key; written before the console ran on effects):
 *   phase=BIN_OPEN;operator=ann;bin=1;notice=bin.opened;releases=2;discrepancies=0
 * </pre>
 *
 * <p>Version 1 counts releases instead of naming their trades and knows no awaited answer; a kiosk
 * upgraded in the middle of a restock still reads it. A bad value is an {@link
 * IllegalArgumentException} that names its member.
 */
public final class ConsoleJournal {

    static final String FORMAT = "cleartrade-console/2";

    /**
     * One decoded entry.
     *
     * @param releasedTrades the trades released since the last manifest; empty for a version 1
     *     entry, whose {@code releaseCount} alone says how many there were
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
        ObjectNode json = CompactJson.object();
        json.put("format", FORMAT);
        json.put("phase", s.phase().name());
        s.operator().ifPresent(o -> json.put("operator", o.operatorId()));
        s.openBin().ifPresent(bin -> json.put("bin", bin));
        json.put("notice", s.notice().key());
        ArrayNode releases = json.putArray("releases");
        s.releases().forEach(r -> releases.add(r.tradeId()));
        json.put("discrepancies", s.discrepancies().size());
        s.awaiting().ifPresent(a -> json.put("awaiting", a.name()));
        s.closing().ifPresent(c -> json.put("closing", c.name()));
        return CompactJson.text(json);
    }

    /** The entry that closes a console session a restart cut short. */
    static String restarted() {
        ObjectNode json = CompactJson.object();
        json.put("format", FORMAT);
        json.put("phase", Phase.SIGNED_OUT.name());
        json.put("restarted", true);
        return CompactJson.text(json);
    }

    /** Reads a version 2 (JSON) or a version 1 ({@code key=value}) entry. */
    public static Entry decode(String text) {
        return text.startsWith("{") ? fromJson(CompactJson.read(text)) : fromLines(text);
    }

    private static Entry fromJson(JsonNode json) {
        String format = text(json, "format").orElse("");
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("format: unknown console journal format " + format);
        }
        List<String> released = new ArrayList<>();
        JsonNode releases = json.path("releases");
        if (!releases.isMissingNode() && !releases.isArray()) {
            throw new IllegalArgumentException("releases: not an array");
        }
        for (JsonNode trade : releases) {
            if (!trade.isTextual()) {
                throw new IllegalArgumentException("releases: not a trade id: " + trade);
            }
            released.add(trade.textValue());
        }
        return new Entry(
                enumValue(Phase.class, "phase", text(json, "phase"))
                        .orElseThrow(() -> new IllegalArgumentException("phase: missing")),
                text(json, "operator"),
                integer(json, "bin").map(OptionalInt::of).orElse(OptionalInt.empty()),
                text(json, "notice").orElse(""),
                released.size(),
                released,
                integer(json, "discrepancies").orElse(0),
                enumValue(Awaiting.class, "awaiting", text(json, "awaiting")),
                enumValue(Closing.class, "closing", text(json, "closing")));
    }

    private static Entry fromLines(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("console journal: not a key=value pair: " + pair);
            }
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        Optional<Phase> phase = enumValue(Phase.class, "phase", Optional.ofNullable(values.get("phase")));
        String bin = values.getOrDefault("bin", "");
        return new Entry(
                phase.orElseThrow(() -> new IllegalArgumentException("phase: missing")),
                Optional.ofNullable(values.get("operator")).filter(o -> !o.isEmpty()),
                bin.isEmpty() ? OptionalInt.empty() : OptionalInt.of(number("bin", bin)),
                values.getOrDefault("notice", ""),
                number("releases", values.getOrDefault("releases", "")),
                List.of(),
                number("discrepancies", values.getOrDefault("discrepancies", "")),
                Optional.empty(),
                Optional.empty());
    }

    private static Optional<String> text(JsonNode json, String member) {
        JsonNode value = json.get(member);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(member + ": not a string: " + value);
        }
        return Optional.of(value.textValue());
    }

    private static Optional<Integer> integer(JsonNode json, String member) {
        JsonNode value = json.get(member);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isInt()) {
            throw new IllegalArgumentException(member + ": not a whole number: " + value);
        }
        return Optional.of(value.intValue());
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

    private static <T extends Enum<T>> Optional<T> enumValue(Class<T> type, String key, Optional<String> value) {
        if (value.isEmpty() || value.get().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.get()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": unknown value " + value.get(), e);
        }
    }
}
