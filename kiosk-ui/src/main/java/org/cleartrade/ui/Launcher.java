package org.cleartrade.ui;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.cleartrade.codes.qr.ZxingQrReader;
import org.cleartrade.core.certificate.VerifyCommand;
import org.cleartrade.ui.config.ConfigException;
import org.cleartrade.ui.config.KioskConfig;
import org.cleartrade.ui.config.KioskConfigParser;
import org.cleartrade.ui.operator.OperatorCli;

/**
 * The kiosk's one entry point. A plain {@code main} class, not a JavaFX {@code Application}, so it
 * runs from the classpath ({@code ./kiosk}, {@code java -cp ...}).
 *
 * <pre>
 * kiosk [--config FILE]                         the kiosk (demo mode unless FILE says otherwise)
 * kiosk verify ARGS...                          check a certificate or voucher QR offline
 * kiosk enrol --code CODE [--config FILE]       enrol this kiosk's key with its fleet service
 * kiosk operator add|unlock ...                 add staff (PIN asked on the terminal) or lift a lockout
 * kiosk journeys ARGS...                        run seller journeys headless on the real ledger
 * kiosk screenshots DIR                         write a PNG of every screen in every language
 * kiosk soak --sellers N                        N sellers back to back through the real screens
 * kiosk startup-bench                           cold start to first frame, kiosk vs bare window
 * kiosk setup [--staff-id ID --staff-name NAME]  signing key, first staff member, device self-test
 * kiosk keys export [--dir DIR] | rotate         print, export or rotate the signing key
 * </pre>
 *
 * <p>The configuration is {@code --config FILE}, else the file named by {@code CLEARTRADE_CONFIG},
 * else the file named by the system property {@code cleartrade.config} (the installed package's
 * launcher sets it to {@code /etc/cleartrade/kiosk.properties}), else the demo defaults.
 */
public final class Launcher {

    static final int OK = 0;
    static final int USAGE = 64;
    static final int CONFIG = 78;
    /** The ledger file is missing, empty, shorter than its mark or another ledger (EX_DATAERR). */
    static final int LEDGER_LOST = 65;
    /** The kiosk could not be assembled: the ledger or a device failed at start (EX_SOFTWARE). */
    static final int START_FAILED = 70;
    /** The ledger stopped taking commits while the kiosk ran, through every retry (EX_IOERR). */
    static final int LEDGER_FAILED = 74;

    private static final String SYNOPSIS = String.join(
            "\n",
            "usage: kiosk [--config FILE]            start the kiosk (demo mode by default)",
            "       kiosk verify ARGS...             check a certificate or voucher QR offline",
            "       kiosk enrol --code CODE [--config FILE]  enrol this kiosk's key with its fleet",
            "       kiosk operator add|unlock ...    add staff (PIN asked on the terminal) or lift a lockout",
            "       kiosk journeys ARGS...           run seller journeys headless on the real ledger",
            "       kiosk screenshots DIR            write every screen in every language as PNG",
            "       kiosk soak --sellers N           N sellers back to back through the real screens;"
                    + " exit 1 if one is stuck or unpaid",
            "       kiosk startup-bench [RUNS] [--launcher PATH]  cold start to first frame vs a bare JavaFX window",
            "       kiosk setup [--staff-id ID --staff-name NAME | --no-staff]",
            "                                        signing key, first staff member, device self-test",
            "       kiosk keys export [--dir DIR]    print the signing key; write every public key to DIR",
            "       kiosk keys rotate                make a new signing key, keep the old public key",
            "       kiosk ledger accept|new --by NAME --reason TEXT  after a lost ledger: take the restored file,"
                    + " or start anew");

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    Launcher(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public static void main(String[] args) {
        int code = new Launcher(System.out, System.err, System.getenv()).run(args);
        System.exit(code);
    }

    int run(String[] args) {
        String command = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (command) {
                case "verify" -> new VerifyCommand(Clock.systemDefaultZone(), new ZxingQrReader()).run(rest, out);
                case "enrol" -> EnrolCommand.run(rest, this::config, out, err);
                case "operator" ->
                    OperatorCli.run(
                            rest, System.console(), config(new String[0]).dataDir(), out, err);
                case "journeys" -> JourneysCommand.run(rest, config(new String[0]), out, err);
                case "screenshots" -> ScreenshotsCommand.run(rest, out, err);
                case "soak" -> SoakCommand.run(rest, out, err);
                case "startup-bench" -> StartupBench.run(rest, out);
                case "setup" ->
                    new SetupCommand(
                                    config(new String[0]),
                                    TerminalPrompt.of(System.console()),
                                    Clock.systemDefaultZone(),
                                    out)
                            .run(rest, err);
                case "keys" -> KeysCommand.run(rest, config(new String[0]).dataDir(), out, err);
                case "ledger" ->
                    LedgerCommand.run(rest, config(new String[0]).dataDir(), Clock.systemDefaultZone(), out, err);
                case "--first-frame-probe" -> StartupBench.probe(rest);
                case "help", "--help", "-h" -> {
                    out.println(SYNOPSIS);
                    yield OK;
                }
                default -> {
                    if (!command.isEmpty() && !command.equals("--config")) {
                        err.println("unknown command: " + command);
                        err.println(SYNOPSIS);
                        yield USAGE;
                    }
                    EarlyToolkit.begin();
                    yield KioskApp.runUntilExit(config(args), env);
                }
            };
        } catch (ConfigException e) {
            err.println("configuration error: " + e.getMessage());
            return CONFIG;
        }
    }

    /**
     * {@code --config FILE} if given, else {@code CLEARTRADE_CONFIG}, else the {@code
     * cleartrade.config} system property, else the demo defaults.
     */
    KioskConfig config(String[] args) {
        KioskConfigParser parser = new KioskConfigParser(env, Path.of(System.getProperty("user.home")));
        if (args.length >= 1 && args[0].equals("--config")) {
            if (args.length < 2) {
                throw new ConfigException("--config", "needs a file name");
            }
            if (args.length > 2) {
                throw new ConfigException("--config", "unexpected argument after the file: " + args[2]);
            }
            return parser.read(Path.of(args[1]));
        }
        String fromEnv = env.get("CLEARTRADE_CONFIG");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return parser.read(Path.of(fromEnv));
        }
        String installed = System.getProperty("cleartrade.config");
        return installed == null || installed.isBlank() ? parser.defaults() : parser.read(Path.of(installed));
    }
}
