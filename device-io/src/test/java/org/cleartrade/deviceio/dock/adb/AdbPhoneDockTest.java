package org.cleartrade.deviceio.dock.adb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.cleartrade.deviceio.dock.ScenarioExpectations;
import org.cleartrade.deviceio.dock.adbd.ScenarioAdbDaemon;
import org.cleartrade.deviceio.dock.android.HelperApk;
import org.cleartrade.deviceio.dock.android.Pacer;
import org.cleartrade.deviceio.dock.scenario.PhoneScenario;
import org.cleartrade.deviceio.dock.scenario.PhoneScenarioLibrary;
import org.cleartrade.deviceio.dock.scenario.PhoneScenarioParser;
import org.cleartrade.deviceio.dock.scenario.ScenarioPhone;
import org.cleartrade.deviceio.dock.scenario.ScenarioUsbBus;
import org.cleartrade.deviceio.dock.usb.SysfsUsbSerialProbe;
import org.cleartrade.deviceio.testing.PrivateAdbServer;
import org.cleartrade.ports.dock.DockStatus.State;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.EraseRefusedException;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.HelperRemoval;
import org.cleartrade.ports.dock.PhoneGoneException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every phone scenario through the real adb server, which reaches the fake adbd over TCP. */
class AdbPhoneDockTest {

    private static final HelperApk APK = new HelperApk(new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6}, "1.1.0");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static PrivateAdbServer server;

    private final PhoneScenarioLibrary library = new PhoneScenarioLibrary();
    private final List<ScenarioAdbDaemon> phones = new ArrayList<>();

    @BeforeAll
    static void startAdbServer() throws Exception {
        server = new PrivateAdbServer();
    }

    @AfterAll
    static void stopAdbServer() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void unplugPhones() throws Exception {
        for (ScenarioAdbDaemon phone : phones) {
            server.client.disconnect("127.0.0.1:" + phone.port());
            phone.close();
        }
    }

    static ScenarioExpectations[] scenarios() {
        return ScenarioExpectations.all();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void inspectsEachScenarioThroughTheRealAdbServer(ScenarioExpectations expected) throws Exception {
        AdbPhoneDock dock = plug(expected.scenarioId(), false);
        awaitState(dock, State.AUTHORIZED);
        expected.assertMatches(dock.inspect());
    }

    @Test
    void aPhoneThatAlreadyTrustsTheHostKeyIsAuthorizedBySignature() throws Exception {
        AdbPhoneDock dock = plug("pixel-8-clean", true);
        awaitState(dock, State.AUTHORIZED);
        assertThat(dock.identify().serial()).isEqualTo("3A281FDJH00C42");
    }

    @Test
    void anUnauthorizedPhoneIsReportedUntilTheSellerTapsAllow() throws Exception {
        AdbPhoneDock dock = plug("pixel-7-unauthorized", true);
        awaitState(dock, State.UNAUTHORIZED);
        assertThatThrownBy(dock::identify).isInstanceOf(PhoneGoneException.class);

        phones.get(0).phone().authorize();

        awaitState(dock, State.AUTHORIZED);
        assertThat(dock.identify().model()).isEqualTo("Pixel 7");
    }

    @Test
    void aPhoneUnpluggedMidInspectionRaisesPhoneGone() throws Exception {
        AdbPhoneDock dock = plug("redmi-note-12-unplugged", false);
        awaitState(dock, State.AUTHORIZED);
        assertThatThrownBy(dock::inspect).isInstanceOf(PhoneGoneException.class);
        awaitTrue(() -> dock.status().state() != State.AUTHORIZED);
    }

    @Test
    void eraseInstallsTheHelperIsAcknowledgedAndThePhoneReturnsFresh() throws Exception {
        AdbPhoneDock dock = plug("pixel-8-clean", false);
        awaitState(dock, State.AUTHORIZED);

        EraseAcknowledgement ack = dock.erase();
        EraseVerification verification = dock.verifyErased("3A281FDJH00C42", Duration.ofSeconds(30));

        assertThat(ack.evidence())
                .isEqualTo("Broadcast completed: result=-1, data=\"WIPE_ACCEPTED version=1.1.0 api=wipeDevice\"");
        assertThat(verification.verified()).as(verification.detail()).isTrue();
        assertThat(verification.detail()).contains("same serial", "setup wizard not completed", "no accounts");
    }

    @Test
    void overTheAdbServerTheHelperReadsTheHiddenImeisAndIsTakenOffAgain() throws Exception {
        AdbPhoneDock dock = plug("galaxy-a35-imei-hidden", false);
        awaitState(dock, State.AUTHORIZED);
        assertThat(dock.identify().imei()).isEmpty();

        assertThat(dock.prepareErase().imeis()).containsExactly("352609123456784", "352609123456792");
        HelperRemoval removal = dock.removeHelper();

        assertThat(removal.gone()).as(removal.detail()).isTrue();
        assertThat(phones.get(0).phone().state().installed()).isEmpty();
        assertThat(phones.get(0).phone().state().helperOwner()).isFalse();
        assertThat(dock.status().state()).as("nothing erased").isEqualTo(State.AUTHORIZED);
    }

    @Test
    void aPhoneReturningWithDebuggingOffIsVerifiedByItsSerialComingBackOnUsb() throws Exception {
        AdbPhoneDock dock = plug("pixel-7a-reset-adb-off", false);
        awaitState(dock, State.AUTHORIZED);
        dock.erase();
        EraseVerification verification = dock.verifyErased("35011JEHN17403", Duration.ofSeconds(30));
        assertThat(verification.verified()).as(verification.detail()).isTrue();
        assertThat(verification.method()).contains("USB descriptor", "setup state not readable");
    }

    @Test
    void afterARealResetThePhoneNeverReturnsToAdbButIsOnUsbWithItsSerial() throws Exception {
        AdbPhoneDock dock = plug("pixel-7a-reset-adb-off", false);
        awaitState(dock, State.AUTHORIZED);
        dock.identify();
        dock.erase();
        assertThat(dock.verifyErased("35011JEHN17403", Duration.ofSeconds(30)).verified())
                .isTrue();

        assertThat(dock.status().state()).isNotIn(State.AUTHORIZED, State.UNAUTHORIZED);
        assertThat(dock.onUsb("35011JEHN17403")).isTrue();
        assertThat(dock.onUsb("3A281FDJH00C42")).isFalse();
    }

    @Test
    void aPhoneReturningWithDebuggingOffIsNotVerifiedWhenUsbNeverShowsItsSerial() throws Exception {
        plug("pixel-7a-reset-adb-off", false);
        String target = "127.0.0.1:" + phones.get(0).port();
        AdbPhoneDock dock = new AdbPhoneDock(
                server.client,
                server.process,
                Optional.of(target),
                Optional.of(APK),
                Clock.systemUTC(),
                Pacer.sleeping(),
                new SysfsUsbSerialProbe(Files.createTempDirectory("no-usb")));
        awaitState(dock, State.AUTHORIZED);
        dock.erase();
        EraseVerification verification = dock.verifyErased("35011JEHN17403", Duration.ofSeconds(5));
        assertThat(verification.verified()).isFalse();
        assertThat(verification.detail()).contains("not seen back on USB");
    }

    @Test
    void aPhoneWithoutShellV2GetsTheHelperThroughExecAndStillAcknowledges() throws Exception {
        AdbPhoneDock dock = plug("moto-g7-imei", false);
        awaitState(dock, State.AUTHORIZED);
        assertThat(server.client.features("127.0.0.1:" + phones.get(0).port())).doesNotContain("shell_v2");

        EraseAcknowledgement ack = dock.erase();

        assertThat(ack.toolVersion()).isEqualTo("1.1.0");
    }

    @Test
    void aMegabyteOfOutputArrivesWholeThroughTheServersFlowControl() throws Exception {
        String line = "0123456789abcdef".repeat(8) + "\n";
        String big = line.repeat(8192);
        PhoneScenario scenario = new PhoneScenarioParser(library::scenario)
                .parse("big", "title: big\ninclude: pixel-8-clean\n=== stdout: dumpsys big\n" + big);
        AdbPhoneDock dock = plug(scenario, false);
        awaitState(dock, State.AUTHORIZED);

        var result = new AdbShell(server.client, "127.0.0.1:" + phones.get(0).port(), true).run("dumpsys big");

        assertThat(result.exitCode()).hasValue(0);
        assertThat(result.stdout()).hasSize(big.length()).isEqualTo(big);
    }

    @Test
    void twoInspectionsAtOnceShareTheTransportAndBothComplete() throws Exception {
        AdbPhoneDock dock = plug("pixel-8-clean", false);
        awaitState(dock, State.AUTHORIZED);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> List.of(dock.inspect(), dock.inspect(), dock.inspect()));
            var second = pool.submit(() -> List.of(dock.inspect(), dock.inspect(), dock.inspect()));
            for (var reports : List.of(
                    first.get(60, java.util.concurrent.TimeUnit.SECONDS),
                    second.get(60, java.util.concurrent.TimeUnit.SECONDS))) {
                reports.forEach(ScenarioExpectations.PIXEL_8::assertMatches);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theStockAdbClientSeesTheFakePhonesOutputAndExitStatus() throws Exception {
        AdbPhoneDock dock = plug("galaxy-s23-frp", false);
        awaitState(dock, State.AUTHORIZED);
        String target = "127.0.0.1:" + phones.get(0).port();
        Process p = new ProcessBuilder(
                        AdbServerProcess.findAdb().toString(),
                        "-P",
                        Integer.toString(server.client.port()),
                        "-s",
                        target,
                        "shell",
                        "dpm set-device-owner org.cleartrade.wipe/.OwnerReceiver")
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isEqualTo(255);
        assertThat(out)
                .as("Android names the missing admin before it counts accounts")
                .contains("Unknown admin");
    }

    @Test
    void eraseIsRefusedWhileAGoogleAccountIsSignedIn() throws Exception {
        AdbPhoneDock dock = plug("galaxy-s23-frp", false);
        awaitState(dock, State.AUTHORIZED);
        assertThatThrownBy(dock::erase)
                .isInstanceOf(EraseRefusedException.class)
                .hasMessageContaining("already some accounts");
        assertThat(dock.status().state()).isEqualTo(State.AUTHORIZED);
    }

    @Test
    void aPhoneWithUsbDebuggingOffIsAnEmptyDockThatSaysSoFromTheUsbBus() {
        // adbd does not run, so the adb server never lists the phone; only the USB bus shows it.
        ScenarioPhone phone = new ScenarioPhone(
                library.scenario("pixel-7a-fresh-adb-off"), Clock.systemUTC(), library::scenario, HelperApk.PACKAGE);
        AdbPhoneDock dock = new AdbPhoneDock(
                server.client,
                server.process,
                Optional.of("127.0.0.1:1"),
                Optional.of(APK),
                Clock.systemUTC(),
                Pacer.sleeping(),
                new ScenarioUsbBus(phone));

        assertThat(dock.status().state()).isEqualTo(State.EMPTY);
        assertThat(dock.status().showsUsbDebuggingOff()).isTrue();
        assertThatThrownBy(dock::inspect).isInstanceOf(PhoneGoneException.class);
    }

    @Test
    void aMissingPhoneIsAnEmptyDock() {
        AdbPhoneDock dock = new AdbPhoneDock(
                server.client,
                server.process,
                Optional.of("127.0.0.1:1"),
                Optional.empty(),
                Clock.systemUTC(),
                Pacer.sleeping());
        assertThat(dock.status().state()).isEqualTo(State.EMPTY);
        assertThat(dock.status().showsUsbDebuggingOff()).isFalse();
        assertThatThrownBy(dock::inspect).isInstanceOf(PhoneGoneException.class);
    }

    private AdbPhoneDock plug(String scenarioId, boolean trustsHost) throws Exception {
        return plug(library.scenario(scenarioId), trustsHost);
    }

    private AdbPhoneDock plug(PhoneScenario scenario, boolean trustsHost) throws Exception {
        ScenarioPhone phone = new ScenarioPhone(scenario, Clock.systemUTC(), library::scenario, HelperApk.PACKAGE);
        ScenarioAdbDaemon daemon = new ScenarioAdbDaemon(phone, 0, trustsHost ? List.of(server.hostKey()) : List.of());
        phones.add(daemon);
        String target = "127.0.0.1:" + daemon.port();
        server.client.connect(target);
        return new AdbPhoneDock(
                server.client,
                server.process,
                Optional.of(target),
                Optional.of(APK),
                Clock.systemUTC(),
                Pacer.sleeping(),
                new ScenarioUsbBus(phone));
    }

    private static void awaitState(AdbPhoneDock dock, State state) throws InterruptedException {
        awaitTrue(() -> dock.status().state() == state);
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }
}
