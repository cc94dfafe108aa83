package org.cleartrade.fleet.kiosks;

import static org.assertj.core.api.Assertions.assertThat;

import org.cleartrade.fleet.query.FleetQueries;
import org.cleartrade.fleet.testing.FleetFixture;
import org.cleartrade.fleet.testing.SignedRequests;
import org.cleartrade.fleet.testing.SignedRequests.Answer;
import org.cleartrade.fleet.testing.TestKiosk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ledger high-water mark in kiosk heartbeats, through the signed API into PostgreSQL: stored
 * as reported, and a kiosk whose mark went back (its ledger restored from an older backup) listed
 * as a problem.
 */
class LedgerMarkHeartbeatTest {

    private static final String LEDGER = "3f1c2a94-7b1e-4c55-9d0e-5a7f0c2b8e61";

    static FleetFixture fleet;

    @BeforeAll
    static void start() {
        fleet = new FleetFixture();
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    @Test
    void aMarkThatGrowsIsStoredAndNoProblem() {
        TestKiosk kiosk = TestKiosk.enrolled(fleet, "LM-1", 0);

        assertThat(beat(kiosk, "LM-1", LEDGER, 10, 4, "a").status()).isEqualTo(200);
        assertThat(beat(kiosk, "LM-1", LEDGER, 12, 6, "b").status()).isEqualTo(200);

        FleetQueries.KioskSummary k = summary("LM-1");
        assertThat(k.ledgerMark().journalEntries()).isEqualTo(12);
        assertThat(k.ledgerMark().auditLinks()).isEqualTo(6);
        assertThat(k.ledgerMark().auditHead()).isEqualTo("b".repeat(64));
        assertThat(k.ledgerProblem()).isNull();
    }

    @Test
    void aLedgerRestoredFromAnOlderBackupIsAProblemThatStays() {
        TestKiosk kiosk = TestKiosk.enrolled(fleet, "LM-2", 0);
        beat(kiosk, "LM-2", LEDGER, 120, 50, "a");

        beat(kiosk, "LM-2", LEDGER, 80, 30, "c");
        beat(kiosk, "LM-2", LEDGER, 81, 31, "d");

        FleetQueries.KioskSummary k = summary("LM-2");
        assertThat(k.ledgerProblem())
                .isEqualTo("the ledger went back from 120 journal entries and 50 audit links to 80 journal entries"
                        + " and 30 audit links: restored from an older copy?");
        assertThat(k.ledgerProblemAt()).isNotNull();
        assertThat(k.ledgerMark().journalEntries()).isEqualTo(81);
    }

    @Test
    void anotherLedgerIsAProblem() {
        TestKiosk kiosk = TestKiosk.enrolled(fleet, "LM-3", 0);
        beat(kiosk, "LM-3", LEDGER, 120, 50, "a");

        beat(kiosk, "LM-3", "11111111-2222-3333-4444-555555555555", 1, 1, "e");

        assertThat(summary("LM-3").ledgerProblem()).contains("another ledger").contains("was replaced");
    }

    @Test
    void aHeartbeatWithoutAMarkChangesNothingAndABadMarkIsRefused() {
        TestKiosk kiosk = TestKiosk.enrolled(fleet, "LM-4", 0);
        String plain = "{\"type\":\"heartbeat\",\"version\":1,\"kioskId\":\"LM-4\",\"at\":\"2026-12-04T10:00:00Z\","
                + "\"priceBook\":{\"version\":\"v1\",\"issuedAt\":\"2026-12-01T00:00:00Z\",\"source\":\"SEED\"}}";
        assertThat(SignedRequests.post(fleet.url(), "v1/heartbeat", "LM-4", kiosk.key(), plain)
                        .status())
                .isEqualTo(200);
        assertThat(summary("LM-4").ledgerMark()).isNull();

        Answer bad = beat(kiosk, "LM-4", LEDGER, -1, 0, "a");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.error()).isEqualTo("BAD_FIELD");
        assertThat(summary("LM-4").ledgerMark()).isNull();
    }

    private static Answer beat(TestKiosk kiosk, String kioskId, String ledger, long journal, long links, String head) {
        String body = "{\"type\":\"heartbeat\",\"version\":1,\"kioskId\":\"" + kioskId + "\","
                + "\"at\":\"2026-12-04T10:00:00Z\","
                + "\"priceBook\":{\"version\":\"v1\",\"issuedAt\":\"2026-12-01T00:00:00Z\",\"source\":\"SEED\"},"
                + "\"ledgerMark\":{\"ledgerId\":\"" + ledger + "\",\"journalEntries\":" + journal + ",\"auditLinks\":"
                + links + ",\"auditHead\":\"" + head.repeat(64) + "\"}}";
        return SignedRequests.post(fleet.url(), "v1/heartbeat", kioskId, kiosk.key(), body);
    }

    private static FleetQueries.KioskSummary summary(String kioskId) {
        return fleet.services().queries().kiosks().stream()
                .filter(k -> k.kioskId().equals(kioskId))
                .findFirst()
                .orElseThrow();
    }
}
