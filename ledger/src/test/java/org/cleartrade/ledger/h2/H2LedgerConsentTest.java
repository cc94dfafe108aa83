package org.cleartrade.ledger.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.cleartrade.core.certificate.ConsentRecord;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.core.ledger.LedgerFact.ConsentRecorded;
import org.cleartrade.core.ledger.LedgerRefusedException;
import org.cleartrade.core.ledger.TradeRecord.Status;
import org.cleartrade.ledger.testing.SessionWriter;
import org.cleartrade.ledger.testing.StepClock;
import org.cleartrade.ledger.testing.Trades;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2LedgerConsentTest {
    private static final String SHOWN = "同意擦除：手机上的全部数据。\n方法：恢复出厂设置。";

    @TempDir
    Path folder;

    private final StepClock clock = StepClock.startingAt("2026-11-23T10:00:00Z");
    private H2Ledger ledger;
    private SessionWriter session;

    @BeforeEach
    void open() {
        ledger = H2Ledger.open(folder, clock);
        session = new SessionWriter(ledger, "s1", clock);
        session.step(
                "Accept", "CONSENT", Durability.SYNCED, Trades.saved("t1", "s1", Status.ACCEPTED, clock.instant()));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private ConsentRecorded consent(String hash) {
        return new ConsentRecorded("t1", "erase-consent/2026-12", "zh-Hans", hash, SHOWN, clock.instant());
    }

    @Test
    void keepsTheConsentTextAsShownWithItsLanguageAndHashAcrossARestart() {
        ConsentRecorded recorded = consent(ConsentRecord.sha256Hex(SHOWN));
        session.step("ConsentGiven", "ERASING", Durability.SYNCED, recorded);
        ledger.close();
        ledger = H2Ledger.open(folder, clock);

        assertThat(ledger.consent("t1")).contains(recorded);
        assertThat(ledger.consent("t2")).isEmpty();
    }

    @Test
    void refusesAConsentWhoseHashIsNotTheHashOfItsText() {
        String other = ConsentRecord.sha256Hex(SHOWN + " ");

        assertThatThrownBy(() -> session.step("ConsentGiven", "ERASING", Durability.SYNCED, consent(other)))
                .isInstanceOf(LedgerRefusedException.class)
                .hasMessageContaining("hashes to " + ConsentRecord.sha256Hex(SHOWN));
        assertThat(ledger.consent("t1")).isEmpty();
    }

    @Test
    void aTradeConsentsOnce() {
        session.step("ConsentGiven", "ERASING", Durability.SYNCED, consent(ConsentRecord.sha256Hex(SHOWN)));

        assertThatThrownBy(() -> session.step(
                        "ConsentGiven", "ERASING", Durability.SYNCED, consent(ConsentRecord.sha256Hex(SHOWN))))
                .isInstanceOf(LedgerRefusedException.class)
                .hasMessageContaining("already has a consent record");
    }
}
