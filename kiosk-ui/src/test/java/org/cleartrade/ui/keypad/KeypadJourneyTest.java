package org.cleartrade.ui.keypad;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.cleartrade.core.session.Phase;
import org.cleartrade.ui.shell.KioskScene;
import org.cleartrade.ui.shell.ScreenId;
import org.cleartrade.ui.tour.JourneyDriver;
import org.cleartrade.ui.tour.SimulatedKiosk;
import org.cleartrade.ui.tour.Soak;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A seller who cannot use the touchscreen trades with the tactile keypad alone: the focus starts
 * on each screen's first answer, never on the header, and a key never ends the trade on one press.
 */
class KeypadJourneyTest {

    /**
     * Touch taps of the same trade: start in English (the attract screen's first button), ready,
     * four answers, accept, consent, finish.
     */
    private static final int TAPS = 9;

    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private SimulatedKiosk kiosk;
    private KioskScene scene;
    private JourneyDriver drive;
    private Keypad keys;

    private void open() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        kiosk = new SimulatedKiosk(data, "EU", ZoneId.of("Europe/Madrid")).start();
        robot.interact(() -> {
            scene = Soak.scene(kiosk);
            stage.setScene(scene.scene());
            stage.setWidth(540);
            stage.setHeight(960);
            stage.show();
            stage.requestFocus();
            drive = new JourneyDriver(kiosk, scene);
        });
        keys = new Keypad(robot, scene);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private void world(Runnable r) {
        robot.interact(r);
    }

    @Test
    void aTradeByKeysAloneTakesAtMostTwiceTheTaps() throws Exception {
        open();
        List<Integer> moves = new ArrayList<>();
        moves.add(keys.enter("attract-language-en"));
        moves.add(keys.enter("checklist-done"));
        world(() -> drive.plug("pixel-8-clean").allowUsbDebugging().until(Phase.CONDITION));
        for (String answer : List.of("answer-0", "answer-1", "answer-0", "answer-0")) {
            moves.add(keys.enter(answer));
        }
        world(() -> drive.until(Phase.OFFER));
        moves.add(keys.enter("accept"));
        world(() -> drive.settle());
        moves.add(keys.enter("consent"));
        world(() -> drive.until(Phase.DEPOSIT).openDoor().putPhoneInAndClose().until(Phase.COMPLETED));
        moves.add(keys.enter("finish"));

        assertThat(drive.screen()).isEqualTo(ScreenId.ATTRACT);
        assertThat(moves)
                .as("moves before each Enter: only the second answer is not the first on its screen")
                .containsExactly(0, 0, 0, 1, 0, 0, 0, 0, 0);
        assertThat(keys.presses()).isLessThanOrEqualTo(2 * TAPS);
        Files.createDirectories(Path.of("target"));
        Files.writeString(
                Path.of("target/keypad-presses.txt"),
                "keypad trade: " + keys.presses() + " presses, touch: " + TAPS + " taps\n");
    }

    @Test
    void oneEnterOnCancelOnlyAsksAndTheSecondCancels() throws Exception {
        open();
        keys.enter("start");
        keys.enter("language-en");
        keys.enter("cancel");

        assertThat(drive.screen()).as("one press cancels nothing").isEqualTo(ScreenId.CHECKLIST);
        assertThat(hint()).isEqualTo("Press Enter again to confirm: Cancel");

        keys.press(javafx.scene.input.KeyCode.ENTER);

        assertThat(drive.phase()).isNotEqualTo(Phase.CHECKLIST);
        assertThat(hint()).isEmpty();
    }

    @Test
    void movingAwayFromAnArmedCancelDisarmsIt() throws Exception {
        open();
        keys.enter("start");
        keys.enter("language-en");
        keys.enter("cancel");
        keys.press(javafx.scene.input.KeyCode.UP);
        keys.press(javafx.scene.input.KeyCode.DOWN);
        keys.press(javafx.scene.input.KeyCode.ENTER);

        assertThat(keys.focusedId()).isEqualTo("cancel");
        assertThat(drive.screen())
                .as("the first press after coming back only asks again")
                .isEqualTo(ScreenId.CHECKLIST);
    }

    /**
     * A refused phone is checked again by Enter and comes back refused: the focus is on "Check
     * again" both times, never on "Take my phone back", so the seller's next Enter checks again.
     */
    @Test
    void checkAgainKeepsTheFocusWhenThePhoneIsStillRefused() throws Exception {
        open();
        keys.enter("attract-language-en");
        keys.enter("checklist-done");
        world(() -> drive.plug("galaxy-s23-frp").allowUsbDebugging().until(Phase.REFUSED));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(keys.focusedId()).isEqualTo("retry");

        keys.press(javafx.scene.input.KeyCode.ENTER);
        world(() -> drive.until(Phase.REFUSED));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(((Label) scene.screen().lookup("#checked-again")).getText()).isNotEmpty();
        assertThat(keys.focusedId()).isEqualTo("retry");
    }

    /** On a screen with nothing to answer the focus stays off the header, so Enter changes nothing. */
    @Test
    void aScreenWithNothingToAnswerKeepsTheFocusOffTheHeader() throws Exception {
        open();
        keys.enter("attract-language-en");
        keys.enter("checklist-done");
        world(() -> drive.plug("galaxy-s23-frp").allowUsbDebugging().until(Phase.REFUSED));
        keys.enter("take-back");
        keys.press(javafx.scene.input.KeyCode.ENTER);
        assertThat(drive.screen()).isEqualTo(ScreenId.RETURN_PHONE);

        keys.press(javafx.scene.input.KeyCode.ENTER);

        assertThat(keys.focusedId()).isEqualTo("screen-RETURN_PHONE");
        assertThat(scene.shell().largeTextProperty().get()).isFalse();
    }

    private String hint() {
        return ((Label) scene.screen().lookup("#keypad-hint")).getText();
    }
}
