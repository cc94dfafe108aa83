package org.cleartrade.core.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.testing.InMemoryLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JourneyDriverTest {

    @Test
    void playsEveryScenarioToItsExpectedEndWithoutBreakingAnInvariant() {
        InMemoryLedger[] ledger = new InMemoryLedger[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = JourneyDriverMain.run(
                new String[] {"--journeys", "42", "--bins", "4", "--seed", "7", "--mix", everyScenarioOnce()},
                bins -> ledger[0] = new InMemoryLedger(bins),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(report).isZero();
        assertThat(report).contains("invariant violations: 0", "unexpected endings: 0");
        assertThat(ledger[0].openSessions()).isEmpty();
        assertThat(ledger[0].verifyAuditChain().intact()).isTrue();
        assertThat(ledger[0].durabilities()).contains(Ledger.Durability.SYNCED);
    }

    @ParameterizedTest(name = "{0} ends refused with {1}, nothing erased")
    @CsvSource({
        "SERIAL_UNCERTIFIABLE, PHONE_NOT_CERTIFIABLE",
        "NO_BIN_FREE,          NO_BIN_FREE",
        "LATCH_UNPLUGGED,      LATCH_UNAVAILABLE"
    })
    void theKioskTurnsASellerAwayBeforeAnythingIsErased(String scenario, String reason) {
        InMemoryLedger[] ledger = new InMemoryLedger[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = JourneyDriverMain.run(
                new String[] {"--journeys", "3", "--bins", "4", "--mix", scenario + "=1"},
                bins -> ledger[0] = new InMemoryLedger(bins),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(report).isZero();
        assertThat(report).contains("ENDED/REFUSED " + reason + "=3", "invariant violations: 0");
        assertThat(ledger[0].audits()).noneMatch(a -> a.action().equals("consented-to-erase"));
        assertThat(ledger[0].trades()).allMatch(t -> t.status() == TradeRecord.Status.VOIDED);
        assertThat(ledger[0].trades())
                .allMatch(t -> ledger[0].certificate(t.tradeId()).isEmpty());
    }

    @Test
    void aPhoneGoneFromAdbAfterItsResetIsPaidFromItsSerialOnUsb() {
        InMemoryLedger[] ledger = new InMemoryLedger[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = JourneyDriverMain.run(
                new String[] {"--journeys", "3", "--bins", "4", "--mix", "RESET_ADB_GONE=1"},
                bins -> ledger[0] = new InMemoryLedger(bins),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(report).isZero();
        assertThat(report).contains("invariant violations: 0", "unexpected endings: 0");
        assertThat(report).contains("COMPLETED/COMPLETED=3");
        assertThat(ledger[0].trades())
                .hasSize(3)
                .allMatch(t -> ledger[0].voucher(t.tradeId()).isPresent());
    }

    @Test
    void drawsThePlanInProportionToTheMix() {
        Map<Scenario, Integer> mix = new EnumMap<>(Scenario.class);
        mix.put(Scenario.HAPPY, 3);
        mix.put(Scenario.DECLINE, 1);

        assertThat(JourneyDriverMain.plan(mix, 100, 1))
                .hasSize(100)
                .filteredOn(s -> s == Scenario.HAPPY)
                .hasSize(75);
    }

    private static String everyScenarioOnce() {
        StringBuilder b = new StringBuilder();
        for (Scenario s : Scenario.values()) {
            b.append(b.length() == 0 ? "" : ",").append(s.name().toLowerCase()).append("=1");
        }
        return b.toString();
    }
}
