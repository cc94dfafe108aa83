package org.cleartrade.core.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.operator.TradeRecovery.Situation;
import org.cleartrade.pricing.quote.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TradeRecoveryTest {

    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
    private static final Money OWED = new Money(28000, "EUR");

    private static TradeRecord trade(TradeRecord.Status status) {
        return new TradeRecord(
                "T-1",
                "S-1",
                status,
                "Google",
                "Pixel 8",
                "SER1",
                Optional.empty(),
                "Q-1",
                OWED.minorUnits(),
                OWED.currency(),
                Optional.empty(),
                Optional.empty(),
                false,
                NOW);
    }

    private static final LedgerFact.VoucherIssued VOUCHER =
            new LedgerFact.VoucherIssued("V-1", "T-1", OWED.minorUnits(), "EUR", NOW.plusSeconds(3600), "CV1:x");

    private static Situation situation(String where) {
        return switch (where) {
            case "on-dock" ->
                new Situation(
                        trade(TradeRecord.Status.ERASED),
                        true,
                        Optional.empty(),
                        Ledger.Settlement.NONE,
                        OptionalInt.empty(),
                        false);
            case "running" ->
                new Situation(
                        trade(TradeRecord.Status.ERASED),
                        true,
                        Optional.empty(),
                        Ledger.Settlement.NONE,
                        OptionalInt.empty(),
                        true);
            case "binned" ->
                new Situation(
                        trade(TradeRecord.Status.BINNED),
                        true,
                        Optional.empty(),
                        Ledger.Settlement.NONE,
                        OptionalInt.of(2),
                        false);
            case "voucher-on-screen" ->
                new Situation(
                        trade(TradeRecord.Status.BINNED),
                        true,
                        Optional.of(VOUCHER),
                        Ledger.Settlement.NONE,
                        OptionalInt.of(2),
                        false);
            case "paid" ->
                new Situation(
                        trade(TradeRecord.Status.PAID),
                        true,
                        Optional.of(VOUCHER),
                        new Ledger.Settlement(
                                Optional.of(new LedgerFact.SellerPaid(
                                        "T-1",
                                        LedgerFact.SellerPaid.How.VOUCHER_PRINTED,
                                        Optional.of("V-1"),
                                        "seller",
                                        OWED)),
                                Optional.empty(),
                                Optional.empty()),
                        OptionalInt.of(2),
                        false);
            case "voided" ->
                new Situation(
                        trade(TradeRecord.Status.VOIDED),
                        true,
                        Optional.empty(),
                        Ledger.Settlement.NONE,
                        OptionalInt.empty(),
                        false);
            case "not-erased" ->
                new Situation(
                        trade(TradeRecord.Status.ACCEPTED),
                        false,
                        Optional.empty(),
                        Ledger.Settlement.NONE,
                        OptionalInt.empty(),
                        false);
            default -> throw new IllegalArgumentException(where);
        };
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "on-dock,           TAKE_PHONE_IN RETURN_PHONE REPRINT_CERTIFICATE",
        "binned,            ISSUE_VOUCHER PAY_BY_HAND RETURN_PHONE REPRINT_CERTIFICATE",
        "voucher-on-screen, PRINT_VOUCHER_AGAIN PAY_BY_HAND RETURN_PHONE REPRINT_CERTIFICATE",
        "paid,              REPRINT_CERTIFICATE",
        "voided,            REPRINT_CERTIFICATE",
        "not-erased,        ''",
        "running,           ''",
    })
    void offersWhatFinishesTheTradeForItsSeller(String where, String expected) {
        assertThat(TradeRecovery.options(situation(where)).stream()
                        .map(Enum::name)
                        .toList())
                .containsExactlyElementsOf(
                        expected.isBlank() ? java.util.List.of() : java.util.List.of(expected.split(" ")));
    }

    @Test
    void payingByHandVoidsTheLiveVoucher() {
        var facts = TradeRecovery.payByHand(situation("voucher-on-screen"), "ann", NOW);

        assertThat(facts)
                .filteredOn(LedgerFact.VoucherVoided.class::isInstance)
                .containsExactly(new LedgerFact.VoucherVoided("V-1", "T-1", "ann", "paid by hand"));
        assertThat(facts)
                .contains(new LedgerFact.SellerPaid(
                        "T-1", LedgerFact.SellerPaid.How.BY_HAND, Optional.empty(), "ann", OWED));
        assertThat(facts)
                .filteredOn(LedgerFact.TradeSaved.class::isInstance)
                .map(f -> ((LedgerFact.TradeSaved) f).trade().status())
                .containsExactly(TradeRecord.Status.PAID);
    }

    @Test
    void givingThePhoneBackFromItsBinReleasesTheBinAndMarksTheCertificate() {
        var facts = TradeRecovery.phoneReturned(situation("binned"), "ann", NOW);

        assertThat(facts)
                .startsWith(new LedgerFact.PhoneReleased(2, "T-1", "ann"))
                .contains(new LedgerFact.ErasedPhoneReturned("T-1", "ann"));
        assertThat(facts)
                .filteredOn(LedgerFact.TradeSaved.class::isInstance)
                .map(f -> ((LedgerFact.TradeSaved) f).trade())
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.status()).isEqualTo(TradeRecord.Status.VOIDED);
                    assertThat(t.bin()).isEmpty();
                });
    }

    @Test
    void anActionTheTradeDoesNotOfferIsRefused() {
        assertThatThrownBy(() -> TradeRecovery.payByHand(situation("on-dock"), "ann", NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not PAY_BY_HAND");
        assertThatThrownBy(() -> TradeRecovery.payByHand(situation("paid"), "ann", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
