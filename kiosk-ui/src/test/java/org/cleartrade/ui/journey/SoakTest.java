package org.cleartrade.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;
import javafx.stage.Stage;
import org.cleartrade.ui.shell.KioskScene;
import org.cleartrade.ui.tour.SimulatedKiosk;
import org.cleartrade.ui.tour.Soak;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Sellers back to back in one kiosk process, through the real screens on a shown stage (the TestFX
 * robot runs each seller on the UI thread), the real H2 ledger and the simulators: the soak that
 * {@code kiosk soak} runs. No seller may be stuck and none whose phone was erased may leave unpaid.
 */
class SoakTest {

    private static final int SELLERS = 56;

    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private SimulatedKiosk kiosk;

    @AfterEach
    void close() throws Exception {
        if (kiosk != null) {
            FxToolkit.cleanupStages();
            kiosk.close();
        }
    }

    @Test
    void fiftySixSellersInOneKioskAreNeverStuckAndNeverLeftUnpaid() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        kiosk = new SimulatedKiosk(data, "EU", ZoneId.of("Europe/Madrid")).start();
        KioskScene[] scene = new KioskScene[1];
        robot.interact(() -> {
            scene[0] = Soak.scene(kiosk);
            stage.setScene(scene[0].scene());
            stage.setWidth(540);
            stage.setHeight(960);
            stage.show();
        });

        Soak.Result result = new Soak(kiosk, scene[0], robot::interact).run(SELLERS);

        assertThat(result.problems()).isEmpty();
        assertThat(result.summary()).isEqualTo("sellers: 56, stuck: 0, unpaid after erase: 0");
        assertThat(kiosk.ledger().openSessions())
                .as("every seller's session ended")
                .isEmpty();
    }

    @Test
    void theMixHasEveryKindOfSeller() {
        Set<Soak.Journey> played = EnumSet.noneOf(Soak.Journey.class);
        IntStream.range(0, SELLERS).mapToObj(Soak::journey).forEach(played::add);

        assertThat(played).containsExactlyInAnyOrder(Soak.Journey.values());
    }
}
