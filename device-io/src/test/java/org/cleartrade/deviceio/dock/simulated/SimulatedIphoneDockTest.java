package org.cleartrade.deviceio.dock.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.cleartrade.deviceio.dock.iphone.IphoneScenarioLibrary;
import org.cleartrade.deviceio.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-process iPhone cable of demo mode keeps its phone across a restart. */
class SimulatedIphoneDockTest {

    @TempDir
    Path dir;

    @Test
    void aRestartedDockFindsThePhoneMidEraseAndVerifiesIt() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
        IphoneScenarioLibrary library = new IphoneScenarioLibrary();
        SimulatedIphoneDock before = SimulatedIphoneDock.persistent(library, clock, clock::advance, dir);
        before.plug("iphone-13-clean");
        before.status();
        before.status();
        before.tapTrust();
        clock.advance(java.time.Duration.ofSeconds(2));
        before.status();
        before.erase();

        SimulatedIphoneDock after = SimulatedIphoneDock.persistent(library, clock, clock::advance, dir);

        assertThat(after.currentScenario().map(s -> s.id())).contains("iphone-13-clean");
        assertThat(after.verifyErased("F9KQ2X7LMW", java.time.Duration.ofMinutes(5))
                        .verified())
                .isTrue();
        assertThat(after.scenarioIds()).contains("iphone-13-clean");
        assertThat(List.of(after.status().serial().orElseThrow())).containsExactly("F9KQ2X7LMW");
    }
}
