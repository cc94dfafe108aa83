package org.cleartrade.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.session.Outcome;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.config.KioskConfig;
import org.cleartrade.ui.config.KioskConfigParser;
import org.cleartrade.ui.session.ExecutorScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The composition root after a power cut: the kiosk that starts again over the same data folder
 * puts the interrupted session back on the screen at a safe point, and the phone still on the
 * (persisted, simulated) dock is given back.
 */
class KioskRestartTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path home;

    @Test
    void aSessionCutShortBeforeAcceptanceGivesThePhoneBackAfterTheRestart() throws Exception {
        KioskConfig config = demoConfig();
        String sessionId;
        try (ExecutorScheduler scheduler = new ExecutorScheduler();
                KioskAssembly before = assemble(config, scheduler)) {
            before.sessions().send(new SessionEvent.Start());
            before.sessions().send(new SessionEvent.ChecklistDone());
            before.demo().orElseThrow().dock().plug("pixel-8-clean");
            sessionId = await(before, s -> s.phase() == Phase.CONDITION).sessionId();
        }

        try (ExecutorScheduler scheduler = new ExecutorScheduler();
                KioskAssembly after = assemble(config, scheduler)) {
            SessionSnapshot resumed = await(after, s -> s.phase() == Phase.RETURNING_PHONE);
            assertThat(resumed.sessionId()).isEqualTo(sessionId);
            assertThat(after.demo().orElseThrow().dock().currentScenario())
                    .as("the phone is still on the cable after the restart")
                    .isPresent();

            after.demo().orElseThrow().dock().unplug();

            SessionSnapshot end = await(after, s -> s.phase() == Phase.ENDED);
            assertThat(end.outcome()).contains(Outcome.INTERRUPTED);
        }
    }

    private KioskConfig demoConfig() {
        Properties p = new Properties();
        p.setProperty("kiosk.dataDir", home.resolve("data").toString());
        p.setProperty("kiosk.jurisdiction", "US-IL");
        return new KioskConfigParser(Map.of(), home).parse(p);
    }

    private static KioskAssembly assemble(KioskConfig config, ExecutorScheduler scheduler) {
        return KioskAssembly.assemble(
                config,
                JurisdictionProfiles.bundled(config.jurisdiction()),
                Clock.systemUTC(),
                scheduler,
                Duration.ofMinutes(5));
    }

    /** Waits for the seat's session to satisfy {@code condition}; the session runs on its own threads. */
    private static SessionSnapshot await(KioskAssembly kiosk, Predicate<SessionSnapshot> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        SessionSnapshot now = kiosk.sessions().current();
        while (!condition.test(now)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the session did not get there within " + PATIENCE + "; it is " + now.phase());
            }
            Thread.sleep(20);
            now = kiosk.sessions().current();
        }
        return now;
    }
}
