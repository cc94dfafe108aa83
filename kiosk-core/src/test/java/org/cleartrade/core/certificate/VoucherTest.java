package org.cleartrade.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.pricing.quote.Money;
import org.junit.jupiter.api.Test;

class VoucherTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:20:00.400Z");

    @Test
    void issuesAFreshSingleUseIdEachTime() {
        SecureRandom random = new SecureRandom();
        Voucher first = Voucher.issue("T-1", new Money(12_900, "CNY"), "SZX-0042", NOW, Duration.ofDays(30), random);
        Voucher second = Voucher.issue("T-1", new Money(12_900, "CNY"), "SZX-0042", NOW, Duration.ofDays(30), random);

        assertThat(first.voucherId()).matches("[0-9a-f]{32}").isNotEqualTo(second.voucherId());
        assertThat(first.issuedAt()).isEqualTo(Instant.parse("2026-11-23T09:20:00Z"));
        assertThat(first.expiresAt()).isEqualTo(Instant.parse("2026-12-23T09:20:00Z"));
        assertThat(first.currency()).isEqualTo("CNY");
    }

    @Test
    void becomesTheLedgerFactWithItsPayload() {
        Voucher voucher = Voucher.issue(
                "T-1", new Money(12_900, "CNY"), "SZX-0042", NOW, Duration.ofDays(30), new SecureRandom());

        LedgerFact.VoucherIssued fact = voucher.toLedgerFact("CT:PAYLOAD");

        assertThat(fact)
                .isEqualTo(new LedgerFact.VoucherIssued(
                        voucher.voucherId(), "T-1", 12_900, "CNY", voucher.expiresAt(), "CT:PAYLOAD"));
    }

    @Test
    void refusesANonPositiveAmountOrAnExpiryBeforeIssue() {
        assertThatThrownBy(() -> Voucher.issue(
                        "T-1", new Money(0, "CNY"), "SZX-0042", NOW, Duration.ofDays(1), new SecureRandom()))
                .hasMessageContaining("must be positive");
        assertThatThrownBy(() -> Voucher.issue(
                        "T-1", new Money(1, "CNY"), "SZX-0042", NOW, Duration.ofSeconds(-5), new SecureRandom()))
                .hasMessageContaining("not after issue");
        assertThatThrownBy(() -> Voucher.issue(
                        "T-1",
                        new Money(1, "CNY"),
                        "kiosk id with spaces",
                        NOW,
                        Duration.ofDays(1),
                        new SecureRandom()))
                .hasMessageContaining("kiosk id");
    }
}
