package org.cleartrade.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.cleartrade.core.operator.BoltWatch;
import org.cleartrade.core.operator.OperatorAccount;
import org.cleartrade.core.operator.Pbkdf2PinHasher;
import org.cleartrade.core.operator.Role;
import org.cleartrade.core.session.OperatorAlert;
import org.cleartrade.ui.exec.CurrentThreadTaskExecutor;
import org.cleartrade.ui.i18n.CjkFontLoader;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.operator.HeldTrading;
import org.cleartrade.ui.operator.OperatorMode;
import org.cleartrade.ui.operator.OperatorScreenshots;
import org.cleartrade.ui.operator.OperatorSeat;
import org.cleartrade.ui.operator.OperatorStation;
import org.cleartrade.ui.operator.OperatorView;
import org.cleartrade.ui.operator.OperatorViewModel;
import org.cleartrade.ui.operator.SimulatedStock;
import org.cleartrade.ui.shell.KioskScene;
import org.cleartrade.ui.shell.ScaledScreen;
import org.cleartrade.ui.tour.SimulatedKiosk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Every staff page, in each language, at normal and large text, at the kiosk's own 1080x1920, held
 * to the seller screens' rules ({@link LayoutAudit}, {@link FocusRingAudit}): no label cut or
 * ellipsised, no control under 96 px or outside the screen, text contrast and focus rings at WCAG
 * 2.2 AA. The pages: sign-in (PIN pad and id keyboard), the bins with open alerts (one still owing
 * the seller), a bin on police hold, a restock with its scans, the manifest, the service page for
 * an operator and for a technician after a self-test, and the device check that holds trading. The
 * findings of each run are also written to {@code target/operator-fit/}.
 */
class OperatorFitTest {

    private static final String PIN = "482916";
    private static final String OWED_SESSION = "9f2c41d07b5e4a8c034ab066";
    private static final String JAM_SESSION = "4b7e0c1a9d3f4e2b8a6c5d10";

    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private final List<SimulatedKiosk> kiosks = new ArrayList<>();

    @BeforeAll
    static void chineseFont() {
        CjkFontLoader.load(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"));
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        kiosks.forEach(SimulatedKiosk::close);
    }

    @ParameterizedTest(name = "{0}, large text {1}")
    @CsvSource({"en, false", "en, true", "zh-CN, false", "zh-CN, true", "es, false", "es, true"})
    void everyStaffPageFitsItsTextTargetsAndContrast(String tag, boolean largeText) throws Exception {
        Language language = Language.fromTag(tag).orElseThrow();
        Stage stage = FxToolkit.registerPrimaryStage();
        Audit audit = new Audit();
        robot.interact(() -> {
            stage.setWidth(ScaledScreen.WIDTH);
            stage.setHeight(ScaledScreen.HEIGHT);
            stage.show();
            stockedKiosk(stage, language, largeText, audit);
            heldKiosk(stage, language, largeText, audit);
        });
        report(tag, largeText, audit.findings);

        assertThat(audit.pages)
                .containsExactly(
                        "operator-pin",
                        "technician-pin",
                        "technician-id-keyboard",
                        "operator-bins-alerts",
                        "operator-bins-on-hold",
                        "operator-restock",
                        "operator-manifest",
                        "operator-service",
                        "technician-service",
                        "technician-device-check");
        assertThat(audit.findings)
                .as("layout findings over %d staff pages", audit.pages.size())
                .isEmpty();
    }

    /** Two phones to release, one on police hold, one missing; an alert owing a seller, a jam alert. */
    private void stockedKiosk(Stage stage, Language language, boolean largeText, Audit audit) {
        Path folder = data.resolve("stocked");
        SimulatedKiosk kiosk = kiosk(folder, "US-IL", ZoneId.of("America/Chicago"));
        Staff staff = new Staff(kiosk, folder);
        Instant past = SimulatedKiosk.START.minus(Duration.ofDays(2));
        new SimulatedStock(kiosk.ledger(), kiosk.devices().latch(), kiosk.clock(), staff.bolts)
                .phone(1, "T-20261121-0007", "490154203237518", "Google Pixel 8", past)
                .phone(2, "T-20261121-0011", "356938035643809", "Samsung Galaxy S21", past)
                .phone(3, "T-20261123-0002", "352099001761481", "Apple iPhone 12", past.plus(Duration.ofDays(12)))
                .missingPhone(4, "T-20261122-0004", "860123045678900", "Motorola moto g7", past)
                .owingAlert(
                        OWED_SESSION,
                        OperatorAlert.Kind.VOUCHER_NOT_ISSUED,
                        3,
                        "T-20261123-0002",
                        "phone binned; pay the seller by hand")
                .alert(
                        JAM_SESSION,
                        OperatorAlert.Kind.LATCH_JAMMED,
                        java.util.OptionalInt.of(2),
                        Optional.empty(),
                        "latch jammed while locking");
        kiosk.start();
        OperatorViewModel vm = staff.install(stage, language, largeText, Optional.empty());

        vm.enter(Optional.empty());
        vm.digit(4);
        audit.page(staff, "operator-pin", vm);
        vm.cancel();
        vm.enter(Optional.of("ted"));
        audit.page(staff, "technician-pin", vm);
        vm.showIdKeyboard(true);
        audit.page(staff, "technician-id-keyboard", vm);
        vm.showIdKeyboard(false);
        vm.cancel();

        vm.enter(Optional.of("ann"));
        staff.pin(vm);
        audit.page(staff, "operator-bins-alerts", vm);
        vm.openBin(3);
        audit.page(staff, "operator-bins-on-hold", vm);
        vm.openBin(1);
        kiosk.clock().skip(Duration.ofSeconds(1));
        kiosk.devices().latch().openDoor(1);
        kiosk.devices().latch().removePhone(1);
        for (String scanned : List.of("490154203237519", "356938035643809", "490154203237518")) {
            vm.scanInputProperty().set(scanned);
            vm.scan();
        }
        audit.page(staff, "operator-restock", vm);
        kiosk.devices().latch().closeDoor(1);
        vm.closeBin();
        vm.finishRestock();
        audit.page(staff, "operator-manifest", vm);
        vm.showService();
        audit.page(staff, "operator-service", vm);
        vm.signOut();

        vm.enter(Optional.of("ted"));
        staff.pin(vm);
        vm.showService();
        vm.runSelfTest();
        audit.page(staff, "technician-service", vm);
        vm.signOut();
    }

    /** A kiosk whose device check at start found a jammed latch and a forced door: trading held. */
    private void heldKiosk(Stage stage, Language language, boolean largeText, Audit audit) {
        Path folder = data.resolve("held");
        SimulatedKiosk kiosk = kiosk(folder, "EU", ZoneId.of("Europe/Madrid"));
        Staff staff = new Staff(kiosk, folder);
        kiosk.devices().latch().jamLatch(2);
        kiosk.devices().latch().unlock(2);
        kiosk.devices().latch().forceDoorOpen(3);
        kiosk.devices().latch().closeDoor(3);
        kiosk.clock().skip(Duration.ofSeconds(2));
        staff.station.trading().check("kiosk");
        kiosk.start();
        OperatorViewModel vm = staff.install(stage, language, largeText, Optional.of(kiosk));
        vm.enter(Optional.of("ted"));
        staff.pin(vm);
        audit.page(staff, "technician-device-check", vm);
        vm.signOut();
    }

    private SimulatedKiosk kiosk(Path folder, String jurisdiction, ZoneId zone) {
        SimulatedKiosk kiosk = new SimulatedKiosk(folder, jurisdiction, zone);
        kiosks.add(kiosk);
        return kiosk;
    }

    /** An operator "ann" and a technician "ted" on one simulated kiosk, and its operator station. */
    private static final class Staff {
        final SimulatedKiosk kiosk;
        final BoltWatch bolts;
        final OperatorStation station;
        OperatorMode mode;

        Staff(SimulatedKiosk kiosk, Path folder) {
            this.kiosk = kiosk;
            Pbkdf2PinHasher hasher = new Pbkdf2PinHasher(1_000, new SecureRandom());
            kiosk.ledger().save(new OperatorAccount("ann", "Ann", Role.OPERATOR, hasher.hash(PIN.toCharArray())));
            kiosk.ledger().save(new OperatorAccount("ted", "Ted", Role.TECHNICIAN, hasher.hash(PIN.toCharArray())));
            this.bolts = new BoltWatch(kiosk.clock()::skip);
            this.station = OperatorScreenshots.station(kiosk, folder, hasher, bolts);
        }

        OperatorViewModel install(Stage stage, Language language, boolean largeText, Optional<SimulatedKiosk> held) {
            KioskScene scene = OperatorScreenshots.scene(kiosk, language, largeText);
            stage.setScene(scene.scene());
            held.ifPresent(
                    k -> HeldTrading.connect(station.trading(), scene, k.sessions(), new CurrentThreadTaskExecutor()));
            mode = OperatorMode.install(
                    scene,
                    station,
                    OperatorSeat.of(kiosk.sessions()),
                    new CurrentThreadTaskExecutor(),
                    kiosk.clock(),
                    kiosk.clock());
            scene.text().switchTo(language);
            return mode.viewModel();
        }

        void pin(OperatorViewModel vm) {
            for (char c : PIN.toCharArray()) {
                vm.digit(c - '0');
            }
            vm.signIn();
        }
    }

    /** Audits the staff screen as it stands, under a page name. */
    private final class Audit {
        final List<String> pages = new ArrayList<>();
        final List<String> findings = new ArrayList<>();

        void page(Staff staff, String name, OperatorViewModel vm) {
            assertThat(vm.activeProperty().get())
                    .as("%s: the staff screen is showing", name)
                    .isTrue();
            pages.add(name);
            OperatorView screen = staff.mode.view();
            screen.getScene().getWindow().requestFocus();
            LayoutAudit.check(screen).forEach(f -> findings.add(name + " " + f));
            FocusRingAudit.check(screen).forEach(f -> findings.add(name + " " + f));
        }
    }

    private static void report(String tag, boolean largeText, List<String> findings) throws IOException {
        Path dir = Path.of("target", "operator-fit");
        Files.createDirectories(dir);
        String name = String.format(Locale.ROOT, "%s-%s.txt", tag, largeText ? "large" : "normal");
        Files.write(dir.resolve(name), findings);
    }
}
