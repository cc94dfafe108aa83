package org.cleartrade.ui;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cleartrade.backoffice.BackOfficeConfig;
import org.cleartrade.backoffice.enrolment.FleetEnrolment;
import org.cleartrade.backoffice.wire.KioskKeyCertificate;
import org.cleartrade.core.certificate.FileKioskKeyStore;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerException;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.operator.BoltWatch;
import org.cleartrade.core.operator.DeviceSelfTest;
import org.cleartrade.core.operator.OperatorCommand;
import org.cleartrade.core.operator.OperatorConsole;
import org.cleartrade.core.operator.Pbkdf2PinHasher;
import org.cleartrade.ledger.h2.H2Ledger;
import org.cleartrade.ui.config.KioskConfig;

/**
 * {@code setup [--enrol-code CODE] [--staff-id ID --staff-name NAME | --no-staff]}: makes a
 * freshly installed kiosk ready, in order:
 *
 * <ol>
 *   <li>creates the data folder and the kiosk's signing key (or finds the existing one) and prints
 *       its id, fingerprint and public key, for the fleet and for verifiers;
 *   <li>with a fleet service configured ({@code backoffice.*}) and a one-time code from its
 *       administrator ({@code fleet enrolment-code --kiosk ID}), enrols that key: the fleet
 *       certifies it with the fleet key ({@link FleetEnrolment}, as {@code kiosk enrol} does);
 *       without a code it says whether the kiosk is enrolled already;
 *   <li>adds the first staff member as a technician, the PIN asked twice on the terminal (never
 *       from an argument or a file); an id that already exists is kept as it is;
 *   <li>runs the device self-test on the configured devices: a test slip on the printer, every
 *       empty closed bin unlocked and locked again. As at the operator screen, the decision is
 *       synced to the ledger before a latch moves, and every result is audited.
 * </ol>
 *
 * Run it with the kiosk stopped: the ledger admits one process at a time. Exit status 0 when every
 * step passed, {@value #SELF_TEST_FAILED} when the self-test found a problem.
 */
final class SetupCommand {

    static final int SELF_TEST_FAILED = 1;
    static final int NO_TERMINAL = 66;
    static final int LEDGER_UNAVAILABLE = 75;
    static final int ENROLMENT_FAILED = 69;

    private static final String SYNOPSIS = "usage: kiosk setup [--staff-id ID --staff-name NAME | --no-staff]";

    /** The terminal: a line with echo, a secret without. */
    interface Prompt {
        /** Whether there is a terminal to ask on. */
        boolean available();

        String line(String prompt);

        char[] secret(String prompt);
    }

    private final KioskConfig config;
    private final Prompt prompt;
    private final Clock clock;
    private final PrintStream out;

    SetupCommand(KioskConfig config, Prompt prompt, Clock clock, PrintStream out) {
        this.config = config;
        this.prompt = prompt;
        this.clock = clock;
        this.out = out;
    }

    int run(String[] args, PrintStream err) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--no-staff" -> options.put("--no-staff", "");
                case "--staff-id", "--staff-name", "--enrol-code" -> {
                    if (i + 1 >= args.length) {
                        err.println(SYNOPSIS);
                        return Launcher.USAGE;
                    }
                    options.put(args[i], args[++i]);
                }
                default -> {
                    err.println("unknown option: " + args[i]);
                    err.println(SYNOPSIS);
                    return Launcher.USAGE;
                }
            }
        }
        boolean staff = !options.containsKey("--no-staff");
        if (staff && !prompt.available()) {
            err.println("setup adds the first staff member and asks for a PIN without echo: run it on a terminal,"
                    + " or with --no-staff and add staff later with 'operator add'");
            return NO_TERMINAL;
        }
        out.println("ClearTrade kiosk setup: " + config.kioskId() + " ("
                + config.mode().name().toLowerCase() + " mode)");
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            err.println("kiosk.dataDir: cannot create " + config.dataDir() + ": " + e.getMessage());
            return LEDGER_UNAVAILABLE;
        }
        out.println("data folder  " + config.dataDir());
        FileKioskKeyStore key = signingKey();
        if (!fleet(key, Optional.ofNullable(options.get("--enrol-code")), err)) {
            return ENROLMENT_FAILED;
        }
        H2Ledger ledger;
        try {
            ledger = KioskLedger.open(config.dataDir(), clock);
        } catch (LedgerException e) {
            err.println("cannot open the kiosk ledger (is the kiosk running? stop it first): " + e.getMessage());
            return LEDGER_UNAVAILABLE;
        }
        try (ledger) {
            String actor = "setup";
            if (staff) {
                Optional<String> added = firstStaffMember(ledger, options);
                if (added.isEmpty()) {
                    return OperatorCommand.REFUSED;
                }
                actor = added.get();
            }
            return selfTest(ledger, actor) ? Launcher.OK : SELF_TEST_FAILED;
        }
    }

    private FileKioskKeyStore signingKey() {
        boolean existed = Files.exists(config.dataDir().resolve("keys").resolve("current"))
                || Files.exists(config.dataDir().resolve("keys").resolve("keys").resolve("current"));
        FileKioskKeyStore store = FileKioskKeyStore.open(config.dataDir(), new SecureRandom());
        out.println("signing key  " + (existed ? "found" : "created"));
        KeysCommand.describe(store, out);
        return store;
    }

    /** Enrols with the fleet when a code is given; false when the fleet refused or was not reached. */
    private boolean fleet(FileKioskKeyStore key, Optional<String> code, PrintStream err) {
        if (config.backOffice().isEmpty()) {
            if (code.isPresent()) {
                err.println("--enrol-code needs the fleet service: set the backoffice.* keys");
                return false;
            }
            out.println("fleet        not configured (no backoffice.* keys): the kiosk works offline;"
                    + " give the public key above to whoever verifies its certificates");
            return true;
        }
        BackOfficeConfig office = config.backOffice().get();
        Path kept = office.stateDir().resolve(FleetEnrolment.CERTIFICATE_FILE);
        if (code.isEmpty()) {
            out.println("fleet        " + office.baseUrl() + " as " + office.kioskId() + ": "
                    + (Files.exists(kept)
                            ? "enrolled before (" + kept + "); after a key rotation enrol again with --enrol-code"
                            : "NOT enrolled; run setup again with --enrol-code CODE"
                                    + " (the fleet's administrator makes one: fleet enrolment-code --kiosk "
                                    + office.kioskId() + ")"));
            return true;
        }
        try {
            KioskKeyCertificate certificate = new FleetEnrolment(office).enrol(code.get(), key, key.publicKey());
            out.println("fleet        enrolled at " + office.baseUrl() + " as " + certificate.kioskId() + ": key "
                    + certificate.keyId() + " certified by the fleet at " + certificate.certifiedAt());
            return true;
        } catch (FleetEnrolment.EnrolmentRefusedException e) {
            err.println("enrolment refused: " + e.getMessage());
        } catch (IOException e) {
            err.println("cannot reach the fleet at " + office.baseUrl() + ": " + e.getMessage());
        }
        return false;
    }

    /** The id of the staff member added or kept; empty when adding was refused. */
    private Optional<String> firstStaffMember(H2Ledger ledger, Map<String, String> options) {
        String id = options.containsKey("--staff-id") ? options.get("--staff-id") : prompt.line("Staff id: ");
        if (ledger.find(id).isPresent()) {
            out.println("staff        " + id + " exists; kept as it is");
            return Optional.of(id);
        }
        String name = options.containsKey("--staff-name") ? options.get("--staff-name") : prompt.line("Full name: ");
        OperatorCommand add = new OperatorCommand(
                ledger,
                new Pbkdf2PinHasher(Pbkdf2PinHasher.RECOMMENDED_ITERATIONS, new SecureRandom()),
                prompt::secret);
        int status = add.run(new String[] {"add", "--id", id, "--name", name, "--role", "technician"}, out);
        return status == 0 ? Optional.of(id) : Optional.empty();
    }

    /** The self-test, between two journal entries of a staff session so a crash leaves no loose end. */
    private boolean selfTest(Ledger ledger, String actor) {
        List<AutoCloseable> resources = new ArrayList<>();
        String session = OperatorConsole.SESSION_PREFIX + "setup-" + UUID.randomUUID();
        try {
            KioskDevices devices = KioskDevices.open(config, clock, resources);
            DeviceSelfTest test = new DeviceSelfTest(
                    devices.printer(), devices.latch(), clock, config.kioskId(), BoltWatch.sleeping());
            ledger.commit(
                    entry(session, 1, "SIGNED_OUT", "SetupSelfTest", "SIGNED_IN", false),
                    List.of(new LedgerFact.Audited(actor, "selftest.start", "setup")),
                    Ledger.Durability.SYNCED);
            Set<Integer> occupied = ledger.binContents().stream()
                    .filter(c -> c.tradeId().isPresent())
                    .map(Ledger.BinContent::bin)
                    .collect(Collectors.toSet());
            List<DeviceSelfTest.Result> results = new ArrayList<>();
            results.add(test.printer());
            results.addAll(test.latch(occupied));
            List<LedgerFact> facts = new ArrayList<>();
            for (DeviceSelfTest.Result r : results) {
                out.printf("self-test    %-8s %s  %s%n", r.device(), r.passed() ? "PASS" : "FAIL", r.detail());
                facts.add(new LedgerFact.Audited(
                        actor, "selftest." + (r.passed() ? "pass" : "fail"), r.device() + ": " + r.detail()));
            }
            ledger.commit(
                    entry(session, 2, "SIGNED_IN", "SetupDone", "SIGNED_OUT", true), facts, Ledger.Durability.SYNCED);
            long failed = results.stream().filter(r -> !r.passed()).count();
            out.println(
                    failed == 0
                            ? "setup done: every device passed"
                            : "setup done: " + failed + " device check(s) failed; fix them and run setup again");
            return failed == 0;
        } finally {
            for (int i = resources.size() - 1; i >= 0; i--) {
                try {
                    resources.get(i).close();
                } catch (Exception e) {
                    out.println("closing " + resources.get(i) + " failed: " + e.getMessage());
                }
            }
        }
    }

    private JournalEntry entry(String session, long seq, String from, String event, String to, boolean ended) {
        return new JournalEntry(session, seq, clock.instant(), from, event, to, "phase=" + to + ";setup=true", ended);
    }
}
