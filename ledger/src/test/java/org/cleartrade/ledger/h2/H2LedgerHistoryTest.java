package org.cleartrade.ledger.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.core.ledger.LedgerFact.Audited;
import org.cleartrade.core.ledger.LedgerHistory.AuditRecord;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.ledger.TradeRecord.Status;
import org.cleartrade.ledger.testing.SessionWriter;
import org.cleartrade.ledger.testing.StepClock;
import org.cleartrade.ledger.testing.Trades;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2LedgerHistoryTest {
    private static final Instant DAY_1 = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant DAY_2 = DAY_1.plus(Duration.ofDays(1));
    private static final Instant DAY_3 = DAY_2.plus(Duration.ofDays(1));

    @TempDir
    Path folder;

    private H2Ledger ledger;

    @BeforeEach
    void fillTwoDays() {
        ledger = H2Ledger.open(folder, StepClock.startingAt("2026-11-01T00:00:00Z"));
        trade("s1", "t1", DAY_1);
        trade("s2", "t2", DAY_2);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private void trade(String sessionId, String tradeId, Instant day) {
        SessionWriter session = new SessionWriter(ledger, sessionId, new StepClock(day, Duration.ofSeconds(1)));
        session.step(
                "Accept",
                "ERASING",
                Durability.SYNCED,
                Trades.saved(tradeId, sessionId, Status.ERASED, day),
                Trades.certificate(tradeId, day),
                new Audited("seller", "accepted", tradeId));
    }

    @Test
    void listsTradesUpdatedWithinTheRangeOnly() {
        assertThat(ledger.trades(DAY_1, DAY_2)).extracting(TradeRecord::tradeId).containsExactly("t1");
        assertThat(ledger.trades(DAY_1, DAY_3)).extracting(TradeRecord::tradeId).containsExactly("t1", "t2");
        assertThat(ledger.trades(DAY_3, DAY_3.plusSeconds(60))).isEmpty();
    }

    @Test
    void listsCertificatesIssuedWithinTheRange() {
        assertThat(ledger.certificates(DAY_2, DAY_3))
                .extracting(c -> c.tradeId())
                .containsExactly("t2");
    }

    @Test
    void listsAuditLinksOfTheRangeInChainOrderWithTheirHashes() {
        var links = ledger.audit(DAY_1, DAY_3);

        assertThat(links).extracting(AuditRecord::link).containsExactly(1L, 2L, 3L, 4L);
        assertThat(links)
                .extracting(AuditRecord::action)
                .containsExactly("certificate-issued", "accepted", "certificate-issued", "accepted");
        assertThat(links.get(0).hash()).hasSize(64).isNotEqualTo(links.get(1).hash());
        assertThat(ledger.audit(DAY_2, DAY_3)).extracting(AuditRecord::link).containsExactly(3L, 4L);
    }
}
