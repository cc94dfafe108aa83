package org.cleartrade.ui.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.ui.exec.CurrentThreadTaskExecutor;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.i18n.OfferedLanguages;
import org.cleartrade.ui.session.InputClock;
import org.cleartrade.ui.shell.KioskScene;
import org.cleartrade.ui.speech.SilentSpeech;
import org.cleartrade.ui.tour.SimulatedKiosk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Staff journeys through the real window, headless: badge or long press, PIN pad, bins, manifest. */
@ExtendWith(ApplicationExtension.class)
class OperatorJourneyTest {

    private static final Instant PAST = SimulatedKiosk.START.minus(Duration.ofDays(1));

    @TempDir
    Path data;

    private OperatorFixture fixture;
    private KioskScene kiosk;

    @Start
    void start(Stage stage) {
        fixture = new OperatorFixture(data);
        fixture.stock
                .phone(1, "t-1", "490154203237518", "Google Pixel 8", PAST)
                .phone(2, "t-2", "356938035643809", "Samsung Galaxy S21", PAST)
                .phone(3, "t-3", "352099001761481", "Apple iPhone 12", SimulatedKiosk.START.plus(Duration.ofDays(10)))
                .missingPhone(4, "t-4", "860123045678900", "Motorola moto g7", PAST);
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
        OperatorMode.install(
                kiosk,
                fixture.station,
                OperatorSeat.of(fixture.kiosk.sessions()),
                new CurrentThreadTaskExecutor(),
                fixture.kiosk.clock(),
                fixture.kiosk.clock());
        stage.setScene(kiosk.scene());
        // Monocle's headless screen is 1280x800: the whole portrait screen must fit on it to be clicked.
        stage.setWidth(420);
        stage.setHeight(760);
        stage.show();
    }

    @AfterEach
    void theLedgersAuditChainVerifies() {
        assertThat(fixture.kiosk.ledger().verifyAuditChain().intact()).isTrue();
        fixture.close();
    }

    @Test
    void restocksSeveralBinsFromBadgeToSignedManifest(FxRobot robot) {
        badge(robot, "ann");
        assertThat(text(robot, "#operator-id")).isEqualTo("ann");
        pin(robot, OperatorFixture.PIN);

        restock(robot, 1, "490154203237518");
        restock(robot, 2, "356938035643809");
        robot.clickOn("#finish-restock");

        assertThat(label(robot, "#manifest-id")).startsWith("Manifest cm-");
        assertThat(label(robot, "#manifest-printed")).isEqualTo("Signed, stored and printed.");
        assertThat(robot.lookup("#manifest-lines").queryAs(VBox.class).getChildren())
                .hasSize(2);
        robot.clickOn("#finish-signout");

        assertThat(robot.lookup("#operator-screen").tryQuery()).isEmpty();
        assertThat(robot.lookup("#kiosk-screen").tryQuery()).isPresent();
        assertThat(fixture.kiosk.ledger().trade("t-1").orElseThrow().status()).isEqualTo(TradeRecord.Status.RELEASED);
        assertThat(fixture.kiosk.ledger().trade("t-2").orElseThrow().status()).isEqualTo(TradeRecord.Status.RELEASED);
    }

    @Test
    void afterABadgeThePinTypedOnAKeyboardAndEnterSignIn(FxRobot robot) {
        badge(robot, "ann");

        keyboard(robot, OperatorFixture.PIN);
        robot.interact(() -> key(KeyEvent.KEY_PRESSED, KeyCode.ENTER));
        robot.interact(() -> key(KeyEvent.KEY_RELEASED, KeyCode.ENTER));

        assertThat(text(robot, "#operator-id")).as("the badge's id is kept").isEqualTo("ann");
        assertThat(label(robot, "#operator-who")).contains("ann");
        assertThat(robot.lookup("#bin-card-1").tryQuery()).isPresent();
    }

    /** Keys of a physical keyboard: each goes to whatever holds the focus. */
    private void keyboard(FxRobot robot, String typed) {
        for (char c : typed.toCharArray()) {
            robot.interact(() -> {
                Node target = focusOwner();
                Event.fireEvent(
                        target,
                        new KeyEvent(
                                KeyEvent.KEY_TYPED,
                                String.valueOf(c),
                                "",
                                KeyCode.UNDEFINED,
                                false,
                                false,
                                false,
                                false));
            });
        }
    }

    private void key(javafx.event.EventType<KeyEvent> type, KeyCode code) {
        Event.fireEvent(focusOwner(), new KeyEvent(type, "", "", code, false, false, false, false));
    }

    private Node focusOwner() {
        Scene scene = kiosk.scene();
        return scene.getFocusOwner() == null ? scene.getRoot() : scene.getFocusOwner();
    }

    @Test
    void wrongPinsLockThePad(FxRobot robot) {
        badge(robot, "ann");
        pin(robot, "000000");
        pin(robot, "000001");
        pin(robot, "000002");

        assertThat(label(robot, "#operator-notice")).startsWith("Too many wrong PINs. Sign-in is locked until ");
        pin(robot, OperatorFixture.PIN);
        assertThat(label(robot, "#operator-notice")).startsWith("Too many wrong PINs.");
        assertThat(robot.lookup("#bin-card-1").tryQuery()).isEmpty();
        assertThat(label(robot, "#operator-who")).isEmpty();
    }

    @Test
    void aTechniciansServicePageScrollsToItsLastButton(FxRobot robot) {
        longPressTheLogo(robot);
        signIn(robot, "ted");
        robot.clickOn("#header-service");
        robot.clickOn("#service-selftest");

        Node export = robot.lookup("#service-export").query();
        javafx.scene.control.ScrollPane scroll =
                robot.lookup("#service-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        double windowBottom = scroll.getScene().getHeight();
        assertThat(scroll.localToScene(scroll.getLayoutBounds()).getMaxY()).isLessThanOrEqualTo(windowBottom);
        robot.interact(() -> scroll.setVvalue(1.0));
        robot.clickOn(export);

        assertThat(label(robot, "#operator-notice")).startsWith("Exported");
    }

    @Test
    void aPhoneOnHoldIsRefusedForRelease(FxRobot robot) {
        longPressTheLogo(robot);
        signIn(robot, "ann");

        assertThat(labels(robot, "#bin-card-3")).contains("On hold: this phone may not leave yet");
        robot.clickOn("#open-bin-3");

        assertThat(label(robot, "#operator-notice")).startsWith("Bin 3 stays locked: its phone is on police hold");
        assertThat(fixture.latch().status(3).secured()).isTrue();
    }

    @Test
    void aMissingPhoneIsDiscovered(FxRobot robot) {
        badge(robot, "ann");
        pin(robot, OperatorFixture.PIN);

        assertThat(labels(robot, "#bin-card-4"))
                .contains("Mismatch: the ledger holds a phone here, the bin reports none");
        robot.clickOn("#open-bin-4");
        assertThat(label(robot, "#operator-notice")).contains("it reports no phone");
        robot.clickOn("#close-bin");
        robot.clickOn("#finish-restock");

        assertThat(labels(robot, "#manifest-lines")).containsExactly("Bin 4: missing phone");
    }

    @Test
    void aTamperAlarmIsShownAndRecorded(FxRobot robot) {
        fixture.latch().forceDoorOpen(1);
        fixture.latch().closeDoor(1);
        badge(robot, "ann");
        pin(robot, OperatorFixture.PIN);

        assertThat(robot.lookup("#bin-card-1").queryAs(VBox.class).getStyleClass())
                .contains("alarming");
        assertThat(labels(robot, "#bin-card-1")).contains("Tamper alarm: the door was opened while locked");
        robot.clickOn("#open-bin-1");

        assertThat(fixture.kiosk.ledger().audit(PAST, SimulatedKiosk.START.plus(Duration.ofHours(1))))
                .anyMatch(link -> link.detail().startsWith("TAMPER bin 1"));
    }

    /** A badge reader is a keyboard: it types its prefix, the id and Enter. */
    private void badge(FxRobot robot, String id) {
        keyboard(robot, BadgeReader.PREFIX + id + "\r");
    }

    private void longPressTheLogo(FxRobot robot) {
        Node screen = kiosk.screen();
        var corner = screen.localToScreen(40, 40);
        robot.moveTo(corner).press(MouseButton.PRIMARY);
        fixture.kiosk.clock().skip(HiddenLongPress.HOLD);
        robot.release(MouseButton.PRIMARY);
        assertThat(robot.lookup("#operator-screen").tryQuery()).isPresent();
    }

    /** Types the id on the on-screen keyboard, as staff without a physical keyboard do. */
    private void signIn(FxRobot robot, String id) {
        robot.clickOn("#operator-id");
        for (char c : id.toCharArray()) {
            robot.clickOn("#id-key-" + c);
        }
        assertThat(text(robot, "#operator-id")).isEqualTo(id);
        robot.clickOn("#id-key-next");
        pin(robot, OperatorFixture.PIN);
    }

    private void pin(FxRobot robot, String pin) {
        for (char c : pin.toCharArray()) {
            robot.clickOn("#pin-" + c);
        }
        robot.clickOn("#pin-signin");
    }

    private void restock(FxRobot robot, int bin, String imei) {
        robot.clickOn("#open-bin-" + bin);
        assertThat(label(robot, "#operator-notice"))
                .isEqualTo("Bin " + bin + " is unlocked. Open the door and take the phone out.");
        fixture.openDoor(bin);
        fixture.latch().removePhone(bin);
        robot.clickOn("#scan-input").write(imei).type(KeyCode.ENTER);
        assertThat(labels(robot, "#scan-log")).first().isEqualTo("Released from bin " + bin + ": " + imei);
        fixture.latch().closeDoor(bin);
        robot.clickOn("#close-bin");
        assertThat(label(robot, "#operator-notice")).isEqualTo("Bin " + bin + " is closed and locked.");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryTextInputControl().getText();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static java.util.List<String> labels(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(javafx.scene.Parent.class).lookupAll(".label").stream()
                .map(n -> ((Label) n).getText())
                .toList();
    }
}
