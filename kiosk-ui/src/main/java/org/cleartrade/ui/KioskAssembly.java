package org.cleartrade.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.cleartrade.backoffice.BackOfficeConfig;
import org.cleartrade.backoffice.HttpBackOffice;
import org.cleartrade.backoffice.pricebook.PriceBookStatus;
import org.cleartrade.core.backoffice.BlockList;
import org.cleartrade.core.certificate.FileKioskKeyStore;
import org.cleartrade.core.certificate.KioskSite;
import org.cleartrade.core.jurisdiction.JurisdictionProfile;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.ledger.HighWaterMark;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.operator.InterruptedConsoleSessions;
import org.cleartrade.core.session.Scheduler;
import org.cleartrade.core.session.SessionListener;
import org.cleartrade.core.session.SessionMachine;
import org.cleartrade.core.session.SessionPorts;
import org.cleartrade.core.session.SessionRecovery;
import org.cleartrade.core.session.SessionRunner;
import org.cleartrade.core.session.SessionSettings;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ledger.h2.H2Ledger;
import org.cleartrade.ports.dock.PhoneDock;
import org.cleartrade.ports.latch.BinLatch;
import org.cleartrade.ports.printer.ReceiptPrinter;
import org.cleartrade.pricing.book.LivePriceBook;
import org.cleartrade.pricing.book.PriceBooks;
import org.cleartrade.ui.config.KioskConfig;
import org.cleartrade.ui.demo.DemoDevices;
import org.cleartrade.ui.operator.OperatorStation;
import org.cleartrade.ui.session.RunnerSessions;
import org.cleartrade.ui.wiring.KioskPorts;
import org.cleartrade.ui.wiring.ListedBlockList;

/**
 * The composition root: the one place that builds the ledger, the devices (simulated or real, as
 * configured), the signing key and the session ports, and hands back the seat's sessions.
 * Everything it opens it closes.
 */
final class KioskAssembly implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KioskAssembly.class.getName());

    private final RunnerSessions sessions;
    private final Optional<DemoDevices> demo;
    private final List<AutoCloseable> resources;
    private final OperatorStation operator;

    private KioskAssembly(
            RunnerSessions sessions,
            Optional<DemoDevices> demo,
            List<AutoCloseable> resources,
            OperatorStation operator) {
        this.sessions = sessions;
        this.demo = demo;
        this.resources = resources;
        this.operator = operator;
    }

    RunnerSessions sessions() {
        return sessions;
    }

    /** The operator console and its parts, over the same ledger and devices as the sessions. */
    OperatorStation operator() {
        return operator;
    }

    /** The simulators, when every device is simulated (demo mode). */
    Optional<DemoDevices> demo() {
        return demo;
    }

    static KioskAssembly assemble(
            KioskConfig config, JurisdictionProfile profile, Clock clock, Scheduler scheduler, Duration finalHold) {
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("kiosk.dataDir: cannot create " + config.dataDir(), e);
        }
        H2Ledger ledger = KioskLedger.open(config.dataDir(), clock);
        resources.add(ledger);
        KioskSite site = new KioskSite(config.kioskId(), config.location());
        KioskDevices devices = KioskDevices.open(config, clock, resources);
        Optional<DemoDevices> simulated = devices.demo();
        PhoneDock dock = devices.dock();
        BinLatch latch = devices.latch();
        ReceiptPrinter printer = devices.printer();
        LivePriceBook priceBook = new LivePriceBook(PriceBooks.loadSeed());
        Optional<HttpBackOffice> fleet =
                config.backOffice().map(office -> fleetService(office, priceBook, ledger, config, clock, resources));
        BlockList blockList = fleet.map(HttpBackOffice::blockList).orElseGet(() -> new ListedBlockList(Set.of()));
        Supplier<PriceBookStatus> priceBookStatus =
                fleet.isPresent() ? fleet.get().priceBooks()::status : () -> OperatorStation.shipped(priceBook.get());
        SessionPorts ports = KioskPorts.of(
                ledger,
                dock,
                latch,
                printer,
                blockList,
                priceBook,
                site,
                config.verificationLink(),
                clock,
                config.dataDir());
        OperatorStation operator = OperatorStation.forKiosk(
                ledger,
                latch,
                printer,
                site,
                config.verificationLink(),
                clock,
                config.dataDir(),
                priceBookStatus,
                config.mode() == KioskConfig.Mode.DEMO);
        ExecutorService deviceThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "session-devices");
            t.setDaemon(true);
            return t;
        });
        resources.add(deviceThread::shutdownNow);
        SessionSettings settings = SessionSettings.defaults();
        RunnerSessions sessions = new RunnerSessions(
                new RunnerSessions.Runners() {
                    @Override
                    public SessionRunner fresh(SessionListener listener) {
                        return new SessionRunner(
                                SessionMachine.start(newSessionId(), profile, settings, clock),
                                ports,
                                deviceThread,
                                scheduler,
                                listener);
                    }

                    @Override
                    public SessionRunner from(SessionSnapshot snapshot, SessionListener listener) {
                        return new SessionRunner(
                                new SessionMachine(profile, settings, clock, snapshot),
                                ports,
                                deviceThread,
                                scheduler,
                                listener);
                    }
                },
                scheduler,
                finalHold);
        // The device check at start: a problem found holds new sessions (HeldTrading) until staff
        // fix it, or on the printer acknowledge it, from the operator screen. Recorded in the
        // ledger before the seat opens.
        operator.trading().check("kiosk");
        sessions.start(resumeInterrupted(ledger, profile, settings, clock, ports, deviceThread, scheduler, sessions));
        return new KioskAssembly(sessions, simulated, resources, operator);
    }

    /**
     * Connects the fleet service: requests are signed with the kiosk key the fleet certified at
     * enrolment ({@code kiosk enrol}), the last good price book is put in force, and price-book
     * refresh, outbox upload and heartbeat run on their own thread. The caller takes its block
     * list and price-book status.
     */
    private static HttpBackOffice fleetService(
            BackOfficeConfig config,
            LivePriceBook priceBook,
            H2Ledger ledger,
            KioskConfig kiosk,
            Clock clock,
            List<AutoCloseable> resources) {
        FileKioskKeyStore key = FileKioskKeyStore.open(kiosk.dataDir(), new SecureRandom());
        HttpBackOffice office = new HttpBackOffice(config, priceBook, ledger, () -> highWater(ledger), key, clock);
        office.restorePriceBook();
        ScheduledExecutorService fleet = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "back-office");
            t.setDaemon(true);
            return t;
        });
        resources.add(fleet::shutdownNow);
        office.start(fleet);
        return office;
    }

    /**
     * Resumes every session a restart interrupted, each at a safe point ({@link SessionRecovery}):
     * the latest goes on the screen. Older ones, which a kiosk with one seat holds only after an
     * earlier failed start, run on without a screen until their timeouts end them safely. Staff
     * sessions are signed out.
     */
    private static Optional<SessionRecovery.Resumed> resumeInterrupted(
            Ledger ledger,
            JurisdictionProfile profile,
            SessionSettings settings,
            Clock clock,
            SessionPorts ports,
            ExecutorService devices,
            Scheduler scheduler,
            RunnerSessions sessions) {
        int staff = InterruptedConsoleSessions.close(ledger, clock);
        if (staff > 0) {
            LOG.log(Level.WARNING, "{0} staff sessions were open at start; signed out", staff);
        }
        List<JournalEntry> open = ledger.openSessions();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        String latest = open.get(open.size() - 1).sessionId();
        SessionRecovery.Result result = new SessionRecovery(
                        id -> id.equals(profile.id()) ? profile : JurisdictionProfiles.bundled(id),
                        settings,
                        clock,
                        ports,
                        devices,
                        scheduler,
                        duration -> Thread.sleep(duration.toMillis()))
                .resumeAll(id -> id.equals(latest) ? sessions.listener() : offScreen(id));
        if (result.resumed().size() > 1) {
            LOG.log(
                    Level.WARNING,
                    "{0} sessions were open at start; the latest is on screen, the others end by their timeouts",
                    result.resumed().size());
        }
        return result.resumed().stream()
                .filter(r -> r.runner().snapshot().sessionId().equals(latest))
                .findFirst();
    }

    /** Where an interrupted session that is not on screen reports: the log. */
    private static SessionListener offScreen(String sessionId) {
        return snapshot -> LOG.log(Level.INFO, "off-screen session {0}: {1}", sessionId, snapshot.phase());
    }

    /** The ledger's mark as the heartbeat reports it. */
    private static Optional<HighWaterMark> highWater(H2Ledger ledger) {
        return ledger.mark()
                .map(m -> new HighWaterMark(m.ledgerId(), m.journalEntries(), m.auditLinks(), m.auditHead()));
    }

    /** 32 hex digits: the trade id derived from it must fit the certificate's 36 characters. */
    static String newSessionId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "closing " + resources.get(i) + " failed", e);
            }
        }
    }
}
