package org.cleartrade.ui.tour;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cleartrade.core.certificate.KioskSite;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.jurisdiction.JurisdictionProfile;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.session.SessionListener;
import org.cleartrade.core.session.SessionMachine;
import org.cleartrade.core.session.SessionPorts;
import org.cleartrade.core.session.SessionRunner;
import org.cleartrade.core.session.SessionSettings;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.deviceio.dock.android.HelperApk;
import org.cleartrade.deviceio.dock.iphone.IphoneScenarioLibrary;
import org.cleartrade.deviceio.dock.scenario.PhoneScenarioLibrary;
import org.cleartrade.deviceio.dock.simulated.SimulatedIphoneDock;
import org.cleartrade.deviceio.dock.simulated.SimulatedPhoneDock;
import org.cleartrade.deviceio.latch.LatchTiming;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;
import org.cleartrade.deviceio.printer.VirtualPrinter;
import org.cleartrade.ledger.h2.H2Ledger;
import org.cleartrade.pricing.book.LivePriceBook;
import org.cleartrade.pricing.book.PriceBooks;
import org.cleartrade.ui.demo.DemoDevices;
import org.cleartrade.ui.session.ManualScheduler;
import org.cleartrade.ui.session.RunnerSessions;
import org.cleartrade.ui.wiring.KioskPorts;
import org.cleartrade.ui.wiring.ListedBlockList;

/**
 * The whole kiosk on simulators and a real H2 ledger, with time and device calls under the
 * caller's control: the clock and timers only move on {@link #advance}, device calls wait in a
 * {@link StepExecutor} until {@link #settle}, and the simulators' own waits (servo travel, the
 * phone rebooting after its reset) move the same clock on at once instead of sleeping. The
 * headless journeys, the screenshot tour and the latency benchmark all drive this.
 *
 * <p>Threading: drive from one thread (the UI thread in journeys).
 */
public final class SimulatedKiosk implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-11-23T15:00:00Z");

    /** The bolt moves at once, so the session's latch checks never wait on a clock that stands still. */
    private static final LatchTiming INSTANT_BOLT =
            new LatchTiming(LatchTiming.DEFAULT.relockAfter(), LatchTiming.DEFAULT.jamAfter(), Duration.ZERO);

    private final ManualScheduler clock;
    private final StepExecutor devices = new StepExecutor();
    private final H2Ledger ledger;
    private final DemoDevices demo;
    private final JurisdictionProfile profile;
    private final RunnerSessions sessions;

    public SimulatedKiosk(Path dataDir, String jurisdiction, ZoneId zone) {
        this(dataDir, jurisdiction, zone, VerificationLink.none());
    }

    /** @param link what the certificate and voucher QR codes hold */
    public SimulatedKiosk(Path dataDir, String jurisdiction, ZoneId zone, VerificationLink link) {
        this.clock = new ManualScheduler(START, zone);
        this.profile = JurisdictionProfiles.bundled(jurisdiction);
        this.ledger = H2Ledger.open(dataDir.resolve("ledger"), clock);
        HelperApk helper = DemoDevices.simulatedHelper();
        this.demo = DemoDevices.of(
                new SimulatedPhoneDock(new PhoneScenarioLibrary(), clock, clock::skip, Optional.of(helper)),
                SimulatedIphoneDock.create(
                        new IphoneScenarioLibrary(), clock, clock::skip, dataDir.resolve("simulated-iphone")),
                new SimulatedBinLatch(4, INSTANT_BOLT, clock, clock::skip),
                new VirtualPrinter());
        SessionPorts ports = KioskPorts.of(
                ledger,
                demo.cable(),
                demo.latch(),
                demo.printer(),
                new ListedBlockList(Set.of()),
                new LivePriceBook(PriceBooks.loadSeed()),
                new KioskSite("DEMO-0001", "ClearTrade demo kiosk"),
                link,
                clock,
                dataDir);
        SessionSettings settings = SessionSettings.defaults();
        this.sessions = new RunnerSessions(
                new RunnerSessions.Runners() {
                    @Override
                    public SessionRunner fresh(SessionListener listener) {
                        return new SessionRunner(
                                SessionMachine.start(newSessionId(), profile, settings, clock),
                                ports,
                                devices,
                                clock,
                                listener,
                                clock::skip);
                    }

                    @Override
                    public SessionRunner from(SessionSnapshot snapshot, SessionListener listener) {
                        return new SessionRunner(
                                new SessionMachine(profile, settings, clock, snapshot),
                                ports,
                                devices,
                                clock,
                                listener,
                                clock::skip);
                    }
                },
                clock,
                Duration.ofSeconds(30));
    }

    /** 32 hex digits: the trade id derived from it must fit the certificate's 36 characters. */
    static String newSessionId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Starts the first session on the attract screen. */
    public SimulatedKiosk start() {
        sessions.start(Optional.empty());
        settle();
        return this;
    }

    public RunnerSessions sessions() {
        return sessions;
    }

    public DemoDevices devices() {
        return demo;
    }

    public JurisdictionProfile profile() {
        return profile;
    }

    public ManualScheduler clock() {
        return clock;
    }

    public H2Ledger ledger() {
        return ledger;
    }

    /** Runs due timers, watches and device calls until nothing more is waiting now. */
    public void settle() {
        for (int round = 0; round < 1000; round++) {
            int ran = clock.runDue();
            while (devices.runNext()) {
                ran++;
            }
            if (ran == 0) {
                return;
            }
        }
        throw new IllegalStateException("the kiosk did not settle: a device call or timer keeps rescheduling");
    }

    /** Lets one device call answer, leaving the rest waiting; false when none was waiting. */
    public boolean answerOne() {
        clock.runDue();
        return devices.runNext();
    }

    /** One poll interval passes; the polls it starts wait as device calls, unanswered. */
    public void tick() {
        clock.advance(Duration.ofMillis(250));
    }

    /** Moves the session's time forward (polls and timeouts fire), then settles. */
    public void advance(Duration step) {
        Duration tick = Duration.ofMillis(250);
        for (Duration left = step; !left.isNegative() && !left.isZero(); left = left.minus(tick)) {
            clock.advance(left.compareTo(tick) < 0 ? left : tick);
            settle();
        }
    }

    @Override
    public void close() {
        ledger.close();
    }
}
