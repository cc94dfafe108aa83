package org.cleartrade.deviceio.dock.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cleartrade.deviceio.dock.scenario.PhoneScenarioLibrary;
import org.cleartrade.deviceio.testing.MutableClock;
import org.cleartrade.ports.dock.DockStatus.State;
import org.cleartrade.ports.dock.EraseVerification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restarted kiosk finds the phone that was on the cable, in the state it was left in. */
class PersistentSimulatedPhoneDockTest {

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final PhoneScenarioLibrary library = new PhoneScenarioLibrary();

    private SimulatedPhoneDock restart() {
        return SimulatedPhoneDock.persistent(
                folder.resolve("dock.properties"),
                library,
                clock,
                clock::advance,
                Optional.of(SimulatedPhoneDockTest.APK));
    }

    @Test
    void aFreshDockIsEmpty() {
        assertThat(restart().status().state()).isEqualTo(State.EMPTY);
    }

    @Test
    void anAuthorizedPhoneIsStillOnTheCableAfterARestart() {
        SimulatedPhoneDock before = restart();
        before.plug("pixel-7-unauthorized");
        before.authorize();

        SimulatedPhoneDock after = restart();

        assertThat(after.status().state()).isEqualTo(State.AUTHORIZED);
        assertThat(after.identify().model()).isEqualTo("Pixel 7");
    }

    @Test
    void aPhoneResettingWhenTheKioskDiedComesBackErased() {
        SimulatedPhoneDock before = restart();
        before.plug("pixel-8-clean");
        before.erase();

        SimulatedPhoneDock after = restart();
        assertThat(after.status().state()).isEqualTo(State.OFFLINE);
        EraseVerification verification = after.verifyErased("3A281FDJH00C42", Duration.ofSeconds(30));

        assertThat(verification.verified()).as(verification.detail()).isTrue();
    }

    @Test
    void aPhoneTakenAwayStaysAway() {
        SimulatedPhoneDock before = restart();
        before.plug("pixel-8-clean");
        before.unplug();

        assertThat(restart().status().state()).isEqualTo(State.EMPTY);
    }

    @Test
    void aDamagedStateFileNamesTheKey() throws IOException {
        Files.writeString(
                folder.resolve("dock.properties"),
                "phone=pixel-8-clean\nauthorized=maybe\ncommands=0\nresetting-until=none\n");

        assertThatThrownBy(this::restart)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authorized must be true or false");
    }
}
