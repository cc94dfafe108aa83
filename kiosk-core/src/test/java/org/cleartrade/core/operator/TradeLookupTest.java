package org.cleartrade.core.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.testing.InMemoryLedger;
import org.junit.jupiter.api.Test;

class TradeLookupTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private final InMemoryLedger ledger = new InMemoryLedger(4);
    private final TradeLookup lookup = new TradeLookup(ledger);

    @Test
    void theSellersReferenceFindsItsTradeHoweverItIsTyped() {
        trade("9f2c41d0-7b5e-4a8c-9d1e-0a1b034ab066");

        assertThat(lookup.find(" 034a-b066 "))
                .isEqualTo(new TradeLookup.Found.Trade("T-9f2c41d0-7b5e-4a8c-9d1e-0a1b034ab066"));
    }

    @Test
    void aFullTradeIdAndAnUnknownReferenceArePassedOnAsTyped() {
        trade("9f2c41d0-7b5e-4a8c-9d1e-0a1b034ab066");

        assertThat(lookup.find("T-9f2c41d0-7b5e-4a8c-9d1e-0a1b034ab066"))
                .isEqualTo(new TradeLookup.Found.Trade("T-9f2c41d0-7b5e-4a8c-9d1e-0a1b034ab066"));
        assertThat(lookup.find("99999999")).isEqualTo(new TradeLookup.Found.Trade("99999999"));
    }

    @Test
    void aReferenceTwoSessionsShareAsksForTheFullId() {
        trade("11111111-0000-0000-0000-0000034ab066");
        trade("22222222-0000-0000-0000-0000034ab066");

        TradeLookup.Found found = lookup.find("034AB066");

        assertThat(found).isInstanceOf(TradeLookup.Found.Refused.class);
        assertThat(((TradeLookup.Found.Refused) found).notice().kind()).isEqualTo(Notice.Kind.TRADE_AMBIGUOUS);
    }

    @Test
    void nothingTypedIsSaid() {
        assertThat(lookup.find("  "))
                .isEqualTo(new TradeLookup.Found.Refused(Notice.of(Notice.Kind.TRADE_NOTHING_TYPED)));
    }

    private void trade(String sessionId) {
        TradeRecord t = new TradeRecord(
                "T-" + sessionId,
                sessionId,
                TradeRecord.Status.ERASED,
                "Google",
                "Pixel 8",
                "SER1",
                Optional.empty(),
                "q-1",
                12_500,
                "USD",
                Optional.empty(),
                Optional.empty(),
                false,
                NOW);
        ledger.commit(
                new JournalEntry(sessionId, 1, NOW, "ERASING", "Erased", "RECEIPT", "", false),
                List.of(new LedgerFact.TradeSaved(t)),
                Ledger.Durability.SYNCED);
    }
}
