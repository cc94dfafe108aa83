package org.cleartrade.ui.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.ports.printer.PrinterStatus;
import org.cleartrade.ui.exec.CurrentThreadTaskExecutor;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.i18n.OfferedLanguages;
import org.cleartrade.ui.session.InputClock;
import org.cleartrade.ui.shell.KioskScene;
import org.cleartrade.ui.shell.ScreenId;
import org.cleartrade.ui.speech.SilentSpeech;
import org.cleartrade.ui.tour.JourneyDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The device check at start on the real kiosk scene (seller and operator screens, H2 ledger,
 * simulated latch and printer): a problem found holds trading on the seller screen until staff
 * fix it and check again, or, for the printer only, acknowledge it.
 */
@ExtendWith(ApplicationExtension.class)
class DeviceCheckAtStartTest {

    @TempDir
    Path data;

    private OperatorFixture fixture;
    private KioskScene kiosk;
    private JourneyDriver seller;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new OperatorFixture(data, "EU");
    }

    @AfterEach
    void theLedgerHoldsTogether() {
        assertThat(fixture.kiosk.ledger().verifyAuditChain().intact()).isTrue();
        fixture.close();
    }

    /**
     * What the kiosk does at start, in its order: the device check, the seat's first session, then
     * the hold connected to the seat and the real seller and operator screens.
     */
    private void startKiosk(FxRobot robot) {
        robot.interact(() -> {
            fixture.station.trading().check("kiosk");
            fixture.kiosk.start();
            kiosk = new KioskScene(new KioskScene.Inputs(
                    fixture.kiosk.sessions(),
                    new CurrentThreadTaskExecutor(),
                    InputClock.NONE,
                    new OfferedLanguages(fixture.kiosk.profile().languages()),
                    Language.ENGLISH,
                    fixture.kiosk.clock(),
                    fixture.kiosk.clock(),
                    VerificationLink.none(),
                    new SilentSpeech(),
                    false,
                    false,
                    () -> fixture.kiosk.sessions().finish()));
            HeldTrading.connect(
                    fixture.station.trading(), kiosk, fixture.kiosk.sessions(), new CurrentThreadTaskExecutor());
            OperatorMode.install(
                    kiosk,
                    fixture.station,
                    OperatorSeat.of(fixture.kiosk.sessions()),
                    new CurrentThreadTaskExecutor(),
                    fixture.kiosk.clock(),
                    fixture.kiosk.clock());
            seller = new JourneyDriver(fixture.kiosk, kiosk);
            stage.setScene(kiosk.scene());
            stage.setWidth(420);
            stage.setHeight(760);
            stage.show();
        });
    }

    @Test
    void aPrinterOutOfPaperHoldsTradingUntilStaffTradeOnWithReceiptsOnScreen(FxRobot robot) {
        fixture.printer().setStatus(new PrinterStatus(true, true, false, false));
        startKiosk(robot);

        assertThat(seller.screen()).isEqualTo(ScreenId.HELD);
        assertThat(label(robot, "#held-title")).isEqualTo("Not taking phones right now");
        assertThat(robot.lookup("#start").tryQuery()).isEmpty();
        robot.interact(() -> fixture.kiosk.sessions().send(new SessionEvent.Start()));
        assertThat(seller.phase())
                .as("the seat refuses a start whatever sent it")
                .isEqualTo(Phase.ATTRACT);

        signIn(robot);
        assertThat(label(robot, "#devices-heading")).isEqualTo("Device check: the kiosk takes no phones");
        assertThat(label(robot, "#device-problem-title-PRINTER_PAPER_OUT")).isEqualTo("The printer is out of paper");
        assertThat(robot.lookup(".alert-card").tryQuery())
                .as("the device alert is shown in the device check, not twice")
                .isEmpty();
        robot.clickOn("#devices-acknowledge");

        assertThat(label(robot, "#operator-notice")).startsWith("Acknowledged: the kiosk takes phones again");
        assertThat(fixture.kiosk.ledger().openAlerts()).isEmpty();
        assertThat(audit("devices.acknowledge")).singleElement().satisfies(a -> {
            assertThat(a.actor()).isEqualTo("ann");
            assertThat(a.detail()).startsWith("PRINTER_PAPER_OUT");
        });
        robot.clickOn("#header-signout");
        assertThat(seller.screen()).isEqualTo(ScreenId.ATTRACT);
        robot.interact(() -> seller.begin(Language.ENGLISH));
        assertThat(seller.phase()).isEqualTo(Phase.CHECKLIST);
    }

    @Test
    void aJammedLatchCannotBeAcknowledgedAndTradingResumesWhenACheckAgainPasses(FxRobot robot) {
        fixture.latch().jamLatch(2);
        fixture.latch().unlock(2);
        fixture.kiosk.clock().skip(Duration.ofSeconds(2));
        startKiosk(robot);
        assertThat(seller.screen()).isEqualTo(ScreenId.HELD);

        signIn(robot);
        assertThat(label(robot, "#device-problem-title-BIN_JAMMED-2")).isEqualTo("The latch of bin 2 is jammed");
        assertThat(robot.lookup("#devices-acknowledge").query().isVisible()).isFalse();
        assertThat(label(robot, "#devices-footnote")).startsWith("A latch problem cannot be acknowledged");
        robot.clickOn("#devices-check-again");
        assertThat(label(robot, "#operator-notice")).startsWith("The check found a problem");
        assertThat(fixture.kiosk.ledger().openAlerts())
                .singleElement()
                .extracting(LedgerFact.AlertRaised::kind)
                .isEqualTo("LATCH_NOT_READY");

        fixture.latch().freeLatch(2);
        fixture.kiosk.clock().skip(Duration.ofSeconds(1));
        robot.clickOn("#devices-check-again");

        assertThat(label(robot, "#operator-notice"))
                .isEqualTo("Latch and printer are ready: the kiosk takes phones again.");
        assertThat(robot.lookup("#device-check").query().isVisible()).isFalse();
        assertThat(fixture.kiosk.ledger().openAlerts()).isEmpty();
        robot.clickOn("#header-signout");
        assertThat(seller.screen()).isEqualTo(ScreenId.ATTRACT);
    }

    @Test
    void readyDevicesShowTheAttractScreen(FxRobot robot) {
        startKiosk(robot);

        assertThat(seller.screen()).isEqualTo(ScreenId.ATTRACT);
        assertThat(audit("devices.check"))
                .singleElement()
                .satisfies(a -> assertThat(a.detail()).isEqualTo("latch and printer ready; trading"));
    }

    private java.util.List<org.cleartrade.core.ledger.LedgerHistory.AuditRecord> audit(String action) {
        return fixture
                .kiosk
                .ledger()
                .audit(Instant.EPOCH, fixture.kiosk.clock().instant().plusSeconds(1))
                .stream()
                .filter(a -> a.action().equals(action))
                .toList();
    }

    private void signIn(FxRobot robot) {
        Node screen = kiosk.screen();
        var corner = screen.localToScreen(40, 40);
        robot.moveTo(corner).press(MouseButton.PRIMARY);
        fixture.kiosk.clock().skip(HiddenLongPress.HOLD);
        robot.release(MouseButton.PRIMARY);
        robot.clickOn("#operator-id").write("ann");
        robot.clickOn("#id-key-next");
        for (char c : OperatorFixture.PIN.toCharArray()) {
            robot.clickOn("#pin-" + c);
        }
        robot.clickOn("#pin-signin");
        assertThat(robot.lookup("#bin-cards").tryQuery()).isPresent();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
