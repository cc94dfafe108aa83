package org.cleartrade.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cleartrade.core.driver.ScriptedBlockList;
import org.cleartrade.core.driver.VirtualTime;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.receipt.SessionReceipts;
import org.cleartrade.core.testing.InMemoryLedger;
import org.cleartrade.core.testing.SessionFixtures;
import org.cleartrade.deviceio.dock.adb.AdbPhoneDock;
import org.cleartrade.deviceio.dock.adbd.ScenarioAdbDaemon;
import org.cleartrade.deviceio.dock.android.HelperApk;
import org.cleartrade.deviceio.dock.android.Pacer;
import org.cleartrade.deviceio.dock.scenario.PhoneScenarioLibrary;
import org.cleartrade.deviceio.dock.scenario.ScenarioPhone;
import org.cleartrade.deviceio.dock.scenario.ScenarioUsbBus;
import org.cleartrade.deviceio.latch.LatchTiming;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;
import org.cleartrade.deviceio.printer.VirtualPrinter;
import org.cleartrade.deviceio.testing.PrivateAdbServer;
import org.cleartrade.ports.dock.DockStatus;
import org.junit.jupiter.api.Test;

/**
 * A trade through the real adb server and the adb dock, with a fake phone that behaves as a
 * production phone does after its factory reset: gone from adb for good, back on USB with its
 * serial. Every dock effect runs against the dock; the seller's and other devices' answers are
 * the happy path's.
 */
class RealAdbResetTest {

    private static final HelperApk HELPER = new HelperApk(new byte[] {'P', 'K', 3, 4, 9, 9}, "1.0.0");

    private final VirtualTime time = new VirtualTime(Instant.parse("2026-11-24T10:00:00Z"));
    private final InMemoryLedger ledger = new InMemoryLedger(3);

    @Test
    void aPhoneGoneFromAdbAfterItsResetIsPaidWhenItsSerialIsOnUsbInTheTray() throws Exception {
        PhoneScenarioLibrary library = new PhoneScenarioLibrary();
        ScenarioPhone phone = new ScenarioPhone(
                library.scenario("pixel-7a-reset-adb-off"), Clock.systemUTC(), library::scenario, HelperApk.PACKAGE);
        try (PrivateAdbServer adb = new PrivateAdbServer();
                ScenarioAdbDaemon daemon = new ScenarioAdbDaemon(phone, 0, List.of())) {
            String target = "127.0.0.1:" + daemon.port();
            adb.client.connect(target);
            AdbPhoneDock dock = new AdbPhoneDock(
                    adb.client,
                    adb.process,
                    Optional.of(target),
                    Optional.of(HELPER),
                    Clock.systemUTC(),
                    Pacer.sleeping(),
                    new ScenarioUsbBus(phone));
            while (dock.status().state() != DockStatus.State.AUTHORIZED) {
                Thread.sleep(50);
            }

            SessionMachine m = SessionMachine.start(
                    "S-ADB", JurisdictionProfiles.bundled("EU"), SessionSettings.defaults(), time.clock());
            EffectExecutor devices = new EffectExecutor(
                    ports(dock),
                    m.settings(),
                    d -> Thread.sleep(d.toMillis()),
                    m.profile().blockListOutage());
            List<Effect> pending = List.of();
            while (m.snapshot().phase() != Phase.COMPLETED) {
                Optional<Effect> dockEffect =
                        pending.stream().filter(RealAdbResetTest::onTheDock).findFirst();
                SessionEvent next = dockEffect.isPresent()
                        ? devices.execute(dockEffect.get(), m.snapshot()).event()
                        : SessionFixtures.happyNext(m.snapshot(), time.now()).orElseThrow();
                Transition t = m.on(next);
                ledger.commit(t.journalEntry(), t.facts(), t.durability());
                pending = t.effects();
                assertThat(m.snapshot().phase()).as("after %s", next).isNotEqualTo(Phase.OPERATOR_NEEDED);
            }

            assertThat(dock.status().state()).isNotEqualTo(DockStatus.State.AUTHORIZED);
            String tradeId = m.snapshot().trade().tradeId().orElseThrow();
            assertThat(ledger.trade(tradeId).orElseThrow().status()).isEqualTo(TradeRecord.Status.PAID);
            assertThat(ledger.voucher(tradeId)).isPresent();
            assertThat(ledger.trade(tradeId).orElseThrow().serial()).isEqualTo("35011JEHN17403");
        }
    }

    private static boolean onTheDock(Effect e) {
        return e instanceof Effect.Inspect
                || e instanceof Effect.Erase
                || e instanceof Effect.VerifyErase
                || e instanceof Effect.ReadTraySerial;
    }

    private SessionPorts ports(AdbPhoneDock dock) {
        return new SessionPorts(
                ledger,
                dock,
                new SimulatedBinLatch(3, LatchTiming.DEFAULT, time.clock(), time::pause),
                new VirtualPrinter(),
                new ScriptedBlockList(),
                request -> {
                    throw new AssertionError("the quote comes from the script");
                },
                s -> {
                    throw new AssertionError("the certificate comes from the script");
                },
                (s, validity) -> {
                    throw new AssertionError("the voucher comes from the script");
                },
                new SessionReceipts(
                        new org.cleartrade.core.certificate.KioskSite("T", "Test"),
                        java.time.ZoneOffset.UTC,
                        org.cleartrade.core.certificate.VerificationLink.none()),
                OnScreenReceipts.NONE);
    }
}
