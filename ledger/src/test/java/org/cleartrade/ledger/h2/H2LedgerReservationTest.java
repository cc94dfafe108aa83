package org.cleartrade.ledger.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.cleartrade.core.ledger.Ledger.BinReservation;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.core.ledger.LedgerFact.BinReserved;
import org.cleartrade.core.ledger.LedgerRefusedException;
import org.cleartrade.core.ledger.TradeRecord.Status;
import org.cleartrade.ledger.testing.SessionWriter;
import org.cleartrade.ledger.testing.StepClock;
import org.cleartrade.ledger.testing.Trades;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bins the pre-erase gate reserves: one trade a bin, one bin a trade, and only while it matters. */
class H2LedgerReservationTest {
    @TempDir
    Path folder;

    private final StepClock clock = StepClock.startingAt("2026-11-24T10:00:00Z");

    private SessionWriter accepted(H2Ledger ledger, String session, String trade) {
        SessionWriter writer = new SessionWriter(ledger, session, clock);
        writer.step(
                "Accept",
                "CONSENT",
                Durability.BUFFERED,
                Trades.saved(trade, session, Status.ACCEPTED, clock.instant()));
        return writer;
    }

    @Test
    void aReservedBinIsHeldForItsTradeAndRefusedToAnother() {
        try (H2Ledger ledger = H2Ledger.open(folder, clock)) {
            accepted(ledger, "s1", "t1").step("GatePassed", "CONSENT", Durability.BUFFERED, new BinReserved(2, "t1"));
            SessionWriter second = accepted(ledger, "s2", "t2");

            assertThatThrownBy(
                            () -> second.step("GatePassed", "CONSENT", Durability.BUFFERED, new BinReserved(2, "t2")))
                    .isInstanceOf(LedgerRefusedException.class)
                    .hasMessageContaining("bin 2 is reserved for trade t1");
            assertThat(ledger.binReservations()).containsExactly(new BinReservation(2, "t1"));
        }
    }

    @Test
    void aBinHoldingAPhoneCannotBeReserved() {
        try (H2Ledger ledger = H2Ledger.open(folder, clock)) {
            SessionWriter first = accepted(ledger, "s1", "t1");
            first.step("Certified", "X", Durability.SYNCED, Trades.certificate("t1", clock.instant()));
            first.step("Binned", "X", Durability.SYNCED, Trades.binned(1, "t1", clock.instant()));
            SessionWriter second = accepted(ledger, "s2", "t2");

            assertThatThrownBy(
                            () -> second.step("GatePassed", "CONSENT", Durability.BUFFERED, new BinReserved(1, "t2")))
                    .isInstanceOf(LedgerRefusedException.class)
                    .hasMessageContaining("bin 1 holds trade t1");
        }
    }

    @Test
    void reservingAnotherBinMovesTheReservationAndBinningThePhoneEndsIt() {
        try (H2Ledger ledger = H2Ledger.open(folder, clock)) {
            SessionWriter session = accepted(ledger, "s1", "t1");
            session.step("GatePassed", "CONSENT", Durability.BUFFERED, new BinReserved(1, "t1"));
            session.step("BinChosen", "UNLATCHING", Durability.SYNCED, new BinReserved(3, "t1"));
            assertThat(ledger.binReservations()).containsExactly(new BinReservation(3, "t1"));

            session.step("Certified", "X", Durability.SYNCED, Trades.certificate("t1", clock.instant()));
            session.step("Binned", "X", Durability.SYNCED, Trades.binned(3, "t1", clock.instant()));

            assertThat(ledger.binReservations()).isEmpty();
        }
    }

    @Test
    void aVoidedTradeOrAnEndedSessionHoldsNoBin() {
        try (H2Ledger ledger = H2Ledger.open(folder, clock)) {
            accepted(ledger, "s1", "t1").step("GatePassed", "CONSENT", Durability.BUFFERED, new BinReserved(1, "t1"));
            SessionWriter two = accepted(ledger, "s2", "t2");
            two.step("GatePassed", "CONSENT", Durability.BUFFERED, new BinReserved(2, "t2"));
            new SessionWriter(ledger, "s1", clock, 2, "CONSENT")
                    .step(
                            "Cancel",
                            "RETURNING_PHONE",
                            Durability.BUFFERED,
                            Trades.saved("t1", "s1", Status.VOIDED, clock.instant()));
            assertThat(ledger.binReservations()).containsExactly(new BinReservation(2, "t2"));

            two.end("Timeout", "OPERATOR_NEEDED", Durability.SYNCED);

            assertThat(ledger.binReservations()).isEmpty();
            assertThat(ledger.writeProblem()).isEqualTo(Optional.empty());
        }
    }

    @Test
    void aClosedLedgerSaysItCannotWrite() {
        H2Ledger ledger = H2Ledger.open(folder, clock);
        ledger.close();

        assertThat(ledger.writeProblem()).hasValueSatisfying(p -> assertThat(p).contains("is closed"));
    }
}
