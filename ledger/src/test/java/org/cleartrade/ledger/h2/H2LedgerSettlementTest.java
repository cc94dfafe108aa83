package org.cleartrade.ledger.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.core.ledger.LedgerFact.AlertRaised;
import org.cleartrade.core.ledger.LedgerFact.AlertResolved;
import org.cleartrade.core.ledger.LedgerFact.ErasedPhoneReturned;
import org.cleartrade.core.ledger.LedgerFact.SellerPaid;
import org.cleartrade.core.ledger.LedgerFact.VoucherVoided;
import org.cleartrade.core.ledger.LedgerRefusedException;
import org.cleartrade.core.ledger.TradeRecord.Status;
import org.cleartrade.ledger.testing.SessionWriter;
import org.cleartrade.ledger.testing.StepClock;
import org.cleartrade.ledger.testing.Trades;
import org.cleartrade.pricing.quote.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the ledger records a seller being paid, or given the erased phone back, and what it refuses. */
class H2LedgerSettlementTest {
    @TempDir
    Path folder;

    private static final Money OWED = new Money(12_500, "USD");
    private final StepClock clock = StepClock.startingAt("2026-11-23T10:00:00Z");
    private H2Ledger ledger;
    private SessionWriter seller;
    private SessionWriter staff;

    @BeforeEach
    void eraseAPhone() {
        ledger = H2Ledger.open(folder, clock);
        seller = new SessionWriter(ledger, "s1", clock);
        staff = new SessionWriter(ledger, "op-1", clock);
        seller.step("Accept", "ERASING", Durability.SYNCED, Trades.saved("t1", "s1", Status.ACCEPTED, clock.instant()));
        seller.step(
                "Certified",
                "PRINTING_CERTIFICATE",
                Durability.SYNCED,
                Trades.certificate("t1", clock.instant()),
                Trades.saved("t1", "s1", Status.ERASED, clock.instant()));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private void binAndIssueVoucher() {
        seller.step(
                "Locked",
                "ISSUING_VOUCHER",
                Durability.SYNCED,
                Trades.binned(1, "t1", clock.instant()),
                Trades.savedInBin("t1", "s1", Status.BINNED, 1, clock.instant()));
        seller.step("Voucher", "PRINTING_VOUCHER", Durability.SYNCED, Trades.voucher("t1", clock.instant()));
    }

    private AlertRaised owing() {
        return new AlertRaised(
                "s1#1",
                "VOUCHER_NOT_DELIVERED",
                "s1",
                OptionalInt.of(1),
                Optional.of("t1"),
                "voucher did not print",
                clock.instant(),
                Optional.of(OWED));
    }

    @Test
    void anErasedTradeIsOwedUntilItsVoucherReachesTheSeller() {
        binAndIssueVoucher();
        assertThat(ledger.owedToSeller("t1")).contains(OWED);

        seller.end(
                "Printed",
                "COMPLETED",
                Durability.BUFFERED,
                Trades.paidByVoucher("t1"),
                Trades.savedInBin("t1", "s1", Status.PAID, 1, clock.instant()));

        assertThat(ledger.owedToSeller("t1")).isEmpty();
        assertThat(ledger.settlement("t1").paid()).contains(Trades.paidByVoucher("t1"));
        assertThat(ledger.checkInvariants()).isEmpty();
    }

    @Test
    void aSellerIsPaidOnlyOnce() {
        binAndIssueVoucher();
        seller.step("Printed", "COMPLETED", Durability.BUFFERED, Trades.paidByVoucher("t1"));

        assertThatThrownBy(() -> staff.step(
                        "Recover",
                        "SIGNED_IN",
                        Durability.SYNCED,
                        new SellerPaid("t1", SellerPaid.How.BY_HAND, Optional.empty(), "ann", OWED)))
                .isInstanceOf(LedgerRefusedException.class)
                .hasMessageContaining("already paid");
    }

    @Test
    void noPayoutForAPhoneThatNeverWentIntoABin() {
        assertThatThrownBy(() -> staff.step(
                        "Recover",
                        "SIGNED_IN",
                        Durability.SYNCED,
                        new SellerPaid("t1", SellerPaid.How.BY_HAND, Optional.empty(), "ann", OWED)))
                .isInstanceOf(LedgerRefusedException.class)
                .hasMessageContaining("never went into a bin");
    }

    @Test
    void payingByHandNeedsTheVoucherVoidedFirst() {
        binAndIssueVoucher();
        SellerPaid byHand = new SellerPaid("t1", SellerPaid.How.BY_HAND, Optional.empty(), "ann", OWED);

        assertThatThrownBy(() -> staff.step("Recover", "SIGNED_IN", Durability.SYNCED, byHand))
                .isInstanceOf(LedgerRefusedException.class)
                .hasMessageContaining("void it first");

        staff.step(
                "Recover",
                "SIGNED_IN",
                Durability.SYNCED,
                new VoucherVoided("V-t1", "t1", "ann", "paid by hand"),
                byHand,
                Trades.savedInBin("t1", "s1", Status.PAID, 1, clock.instant()));
        assertThat(ledger.settlement("t1").voucherVoided()).isPresent();
        assertThat(ledger.settlement("t1").paid()).contains(byHand);
        assertThat(ledger.checkInvariants()).isEmpty();
    }

    @Test
    void anAlertThatOwesTheSellerMoneyIsResolvedOnlyOnceTheyArePaid() {
        binAndIssueVoucher();
        seller.end("Left", "OPERATOR_NEEDED", Durability.SYNCED, owing());
        assertThat(ledger.openAlerts())
                .singleElement()
                .satisfies(a -> assertThat(a.owed()).contains(OWED));

        assertThatThrownBy(() ->
                        staff.step("ResolveAlert", "SIGNED_IN", Durability.SYNCED, new AlertResolved("s1#1", "ann")))
                .isInstanceOf(LedgerRefusedException.class)
                .hasMessageContaining("still owes the seller of trade t1");

        staff.step(
                "Recover",
                "SIGNED_IN",
                Durability.SYNCED,
                new VoucherVoided("V-t1", "t1", "ann", "paid by hand"),
                new SellerPaid("t1", SellerPaid.How.BY_HAND, Optional.empty(), "ann", OWED),
                Trades.savedInBin("t1", "s1", Status.PAID, 1, clock.instant()));
        staff.step("ResolveAlert", "SIGNED_IN", Durability.SYNCED, new AlertResolved("s1#1", "ann"));
        assertThat(ledger.openAlerts()).isEmpty();
    }

    @Test
    void anErasedPhoneGivenBackMarksTheCertificateOnlyOnceTheTradeIsVoided() {
        ErasedPhoneReturned back = new ErasedPhoneReturned("t1", "seller");
        assertThatThrownBy(() -> seller.step("Gone", "ENDED", Durability.BUFFERED, back))
                .isInstanceOf(LedgerRefusedException.class)
                .hasMessageContaining("only once the trade is voided");

        seller.end(
                "Gone", "ENDED", Durability.BUFFERED, Trades.saved("t1", "s1", Status.VOIDED, clock.instant()), back);

        assertThat(ledger.settlement("t1").phoneReturned()).contains(back);
        assertThat(ledger.owedToSeller("t1")).isEmpty();
    }
}
