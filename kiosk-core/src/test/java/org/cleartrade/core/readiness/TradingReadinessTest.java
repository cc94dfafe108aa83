package org.cleartrade.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TradingReadinessTest {

    @ParameterizedTest(name = "{0}, acknowledged {1}: trading {2}, may acknowledge {3}")
    @CsvSource({
        "'', '', true, false",
        "PRINTER_PAPER_OUT, '', false, true",
        "PRINTER_PAPER_OUT, PRINTER_PAPER_OUT, true, false",
        "PRINTER_PAPER_OUT PRINTER_COVER_OPEN, PRINTER_PAPER_OUT, false, true",
        "PRINTER_NOT_ANSWERING, PRINTER_NOT_ANSWERING, true, false",
        "LATCH_NOT_ANSWERING, '', false, false",
        "BIN_JAMMED, '', false, false",
        "BIN_TAMPERED, '', false, false",
        "BIN_UNREADABLE, '', false, false",
        "BIN_JAMMED PRINTER_PAPER_OUT, PRINTER_PAPER_OUT, false, false",
        "BIN_JAMMED PRINTER_PAPER_OUT, '', false, false",
    })
    void tradesOnlyWhenEveryProblemIsAnAcknowledgedPrinterProblem(
            String found, String acknowledged, boolean trading, boolean mayAcknowledge) {
        TradingReadiness r = new TradingReadiness(problems(found), keys(acknowledged));

        assertThat(r.tradingAllowed()).isEqualTo(trading);
        assertThat(r.mayAcknowledge()).isEqualTo(mayAcknowledge);
    }

    @ParameterizedTest
    @CsvSource({"LATCH_NOT_ANSWERING", "BIN_JAMMED", "BIN_TAMPERED", "BIN_UNREADABLE"})
    void aLatchProblemCannotBeAcknowledged(String kind) {
        TradingReadiness held = new TradingReadiness(problems(kind + " PRINTER_PAPER_OUT"), Set.of());

        assertThatThrownBy(held::acknowledgedAll)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must be fixed");
        String key = problems(kind).get(0).key();
        assertThatThrownBy(() -> new TradingReadiness(problems(kind), Set.of(key)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acknowledgingPrinterProblemsLetsTradingResume() {
        TradingReadiness held = new TradingReadiness(problems("PRINTER_PAPER_OUT PRINTER_COVER_OPEN"), Set.of());

        TradingReadiness acknowledged = held.acknowledgedAll();

        assertThat(held.tradingAllowed()).isFalse();
        assertThat(acknowledged.tradingAllowed()).isTrue();
        assertThat(acknowledged.outstanding()).isEmpty();
    }

    @Test
    void anAcknowledgementLastsWhileTheSameProblemIsFoundAndNotBeyond() {
        TradingReadiness acknowledged = new TradingReadiness(problems("PRINTER_PAPER_OUT"), Set.of()).acknowledgedAll();

        assertThat(acknowledged.after(problems("PRINTER_PAPER_OUT")).tradingAllowed())
                .isTrue();
        assertThat(acknowledged
                        .after(problems("PRINTER_PAPER_OUT PRINTER_COVER_OPEN"))
                        .tradingAllowed())
                .isFalse();
        TradingReadiness cleared = acknowledged.after(List.of());
        assertThat(cleared.tradingAllowed()).isTrue();
        assertThat(cleared.after(problems("PRINTER_PAPER_OUT")).tradingAllowed())
                .as("paper out again after it was fixed must be acknowledged again")
                .isFalse();
    }

    @Test
    void nothingToAcknowledgeIsRefused() {
        assertThatThrownBy(TradingReadiness.READY::acknowledgedAll)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nothing to acknowledge");
    }

    static List<DeviceProblem> problems(String kinds) {
        List<DeviceProblem> list = new ArrayList<>();
        for (String k : kinds.isBlank() ? new String[0] : kinds.split(" ")) {
            DeviceProblem.Kind kind = DeviceProblem.Kind.valueOf(k);
            OptionalInt bin = kind.perBin() ? OptionalInt.of(2) : OptionalInt.empty();
            list.add(new DeviceProblem(kind, bin, "test"));
        }
        return list;
    }

    private static Set<String> keys(String kinds) {
        return Set.copyOf(problems(kinds).stream().map(DeviceProblem::key).toList());
    }
}
