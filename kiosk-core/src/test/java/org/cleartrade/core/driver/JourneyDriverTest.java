package org.cleartrade.core.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.cleartrade.core.certificate.CertificatePayload;
import org.cleartrade.core.certificate.QrPayloadCodec;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.testing.InMemoryLedger;
import org.cleartrade.deviceio.dock.ios.IphoneDock;
import org.cleartrade.deviceio.dock.iphone.IphoneScenarioLibrary;
import org.cleartrade.deviceio.dock.simulated.SimulatedIphoneDock;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.VerificationEvidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @ParameterizedTest(name = "{0} under {1} ends {2}")
    @CsvSource({
        "IMEI_HIDDEN_BLOCKED, US-IL, ENDED/REFUSED IMEI_BLOCKED=3",
        "UNENCRYPTED,         US-IL, COMPLETED/COMPLETED=3",
        "UNENCRYPTED,         CN,    ENDED/REFUSED STORAGE_NOT_ENCRYPTED=3",
        "WIPE_REFUSED,        US-IL, ENDED/FAULT ERASE_REFUSED=3"
    })
    void anAndroidPhoneEndsAsItsScenarioSaysWithTheHelperNeverLeftBehind(
            String scenario, String jurisdiction, String ending) {
        InMemoryLedger[] ledger = new InMemoryLedger[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = JourneyDriverMain.run(
                new String[] {"--journeys", "3", "--bins", "4", "--jurisdiction", jurisdiction, "--mix", scenario + "=1"
                },
                bins -> ledger[0] = new InMemoryLedger(bins),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(report).isZero();
        assertThat(report).contains(ending, "invariant violations: 0", "unexpected endings: 0");
        if (!ending.startsWith("COMPLETED")) {
            assertThat(ledger[0].trades())
                    .allMatch(t -> ledger[0].certificate(t.tradeId()).isEmpty());
            assertThat(ledger[0].trades())
                    .noneMatch(t -> ledger[0].voucher(t.tradeId()).isPresent());
        }
    }

    @Test
    void aHiddenImeiIsReadByTheHelperCheckedAndCarriedOnTheTradeAndCertificate() {
        InMemoryLedger[] ledger = new InMemoryLedger[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = JourneyDriverMain.run(
                new String[] {"--journeys", "1", "--bins", "4", "--mix", "RESET_ADB_GONE=1"},
                bins -> ledger[0] = new InMemoryLedger(bins),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
        TradeRecord trade = ledger[0].trades().get(0);
        assertThat(trade.imei())
                .as("Android 14 hid it from adb; the helper read it")
                .hasValue("353917112233455");
        assertThat(trade.flaggedForReview()).isFalse();
        assertThat(ledger[0].certificate(trade.tradeId()).orElseThrow().document())
                .contains("353917112233455", "DevicePolicyManager.wipeDevice(0) on Android 14");
    }

    @Test
    void anUnencryptedPhoneErasedAtClearNeverClaimsACryptographicErase() {
        InMemoryLedger[] ledger = new InMemoryLedger[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = JourneyDriverMain.run(
                new String[] {"--journeys", "1", "--bins", "4", "--mix", "UNENCRYPTED=1"},
                bins -> ledger[0] = new InMemoryLedger(bins),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
        String certificate = ledger[0]
                .certificate(ledger[0].trades().get(0).tradeId())
                .orElseThrow()
                .document();
        assertThat(certificate)
                .contains("Clear", "storage not encrypted")
                .doesNotContainIgnoringCase("cryptographic")
                .doesNotContain("Purge");
    }

    @ParameterizedTest(name = "{0} ends {1}")
    @CsvSource({
        "IPHONE_HAPPY,              COMPLETED/COMPLETED",
        "IPHONE_PASSCODE_LOCKED,    COMPLETED/COMPLETED",
        "IPHONE_TRUST_DECLINED,     COMPLETED/COMPLETED",
        "IPHONE_FIND_MY,            ENDED/REFUSED FIND_MY_ON",
        "IPHONE_SIM_INSERTED,       ENDED/REFUSED SIM_INSERTED",
        "IPHONE_UNPLUGGED,          ENDED/WITHDRAWN PHONE_UNPLUGGED",
        "IPHONE_WALK_AWAY_AT_OFFER, OPERATOR_NEEDED/WALKED_AWAY",
        "IPHONE_ERASE_REFUSED,      ENDED/FAULT ERASE_REFUSED",
        "IPHONE_NEVER_RETURNS,      ENDED/FAULT ERASE_UNVERIFIED",
        "IPHONE_RETURNS_OTHER,      ENDED/FAULT ERASE_UNVERIFIED"
    })
    void anIphoneJourneyEndsAsItsScenarioSaysAndLeavesNoPairRecord(String scenario, String ending) {
        InMemoryLedger[] ledger = new InMemoryLedger[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = JourneyDriverMain.run(
                new String[] {"--journeys", "2", "--bins", "4", "--mix", scenario + "=1"},
                bins -> ledger[0] = new InMemoryLedger(bins),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(report).isZero();
        assertThat(report).contains("{" + ending + "=2}", "invariant violations: 0", "unexpected endings: 0");
        boolean paid = ending.startsWith("COMPLETED");
        assertThat(ledger[0].trades().stream()
                        .filter(t -> ledger[0].voucher(t.tradeId()).isPresent()))
                .hasSize(paid ? 2 : 0);
    }

    @Test
    void aPaidIphoneIsCertifiedByItsUnactivatedStateReadBack() throws Exception {
        InMemoryLedger[] ledger = new InMemoryLedger[1];

        int status = JourneyDriverMain.run(
                new String[] {"--journeys", "1", "--bins", "4", "--mix", "IPHONE_HAPPY=1"},
                bins -> ledger[0] = new InMemoryLedger(bins),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        var issued = ledger[0].certificate(ledger[0].trades().get(0).tradeId()).orElseThrow();
        String document = issued.document();
        CertificatePayload signed =
                (CertificatePayload) QrPayloadCodec.decode(issued.qrPayload()).content();
        assertThat(signed.evidence()).contains(VerificationEvidence.RETURNED_UNACTIVATED);
        assertThat(document)
                .contains("media.manufacturer: Apple", "media.os: iOS 17.5.1", "effaceable storage key")
                .contains("verification.result: VERIFIED")
                .contains("verification.method: " + IphoneDock.VERIFY_METHOD)
                .containsPattern("verification.detail: .*ActivationState Unactivated")
                .contains("check.FIND_MY_OFF: PASS");
    }

    @Test
    void aTrustedIphoneLeftWithItsPairRecordIsAViolation(@TempDir Path folder) {
        VirtualTime time = new VirtualTime(Instant.parse("2026-11-23T09:00:00Z"));
        SimulatedIphoneDock iphone =
                SimulatedIphoneDock.create(new IphoneScenarioLibrary(), time.clock(), time::pause, folder);
        iphone.plug("iphone-13-clean");
        for (int i = 0; i < 5 && iphone.status().state() != DockStatus.State.AUTHORIZED; i++) {
            iphone.tapTrust();
            time.pause(Duration.ofSeconds(1));
        }
        assertThat(iphone.status().state()).isEqualTo(DockStatus.State.AUTHORIZED);

        assertThat(JourneyDriver.pairingLeftBy(iphone, "S-1"))
                .singleElement()
                .asString()
                .contains("S-1", "pair record");
        iphone.release();
        assertThat(JourneyDriver.pairingLeftBy(iphone, "S-1")).isEmpty();
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
