package org.cleartrade.ui.operator;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.cleartrade.core.ledger.LedgerException;
import org.cleartrade.core.operator.OperatorCommand;
import org.cleartrade.core.operator.Pbkdf2PinHasher;
import org.cleartrade.ledger.h2.H2Ledger;
import org.cleartrade.ui.KioskLedger;

/**
 * {@code kiosk operator add|unlock ...}: runs {@link OperatorCommand} on the kiosk's ledger, asking
 * for PINs on the terminal without echo. Without a terminal (a pipe, a service) it refuses, since
 * a PIN must never come from a file or an argument.
 */
public final class OperatorCli {

    /** No terminal to ask the PIN on. */
    public static final int NO_TERMINAL = 66;
    /** The ledger could not be opened (most often: the kiosk is running and holds it). */
    public static final int LEDGER_UNAVAILABLE = 75;

    private OperatorCli() {}

    /**
     * Whether {@code console} is a real terminal. From JDK 22 {@link System#console()} returns a
     * console even for pipes, and {@code Console.isTerminal()} (looked up by reflection, as the
     * build targets Java 17) tells them apart.
     */
    public static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException beforeJdk22) {
            return true;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot ask the console whether it is a terminal", e);
        }
    }

    /**
     * @param console {@link System#console()}, or null when there is no terminal
     * @param dataDir the kiosk's data folder; the ledger is {@code dataDir/ledger}
     */
    public static int run(String[] args, Console console, Path dataDir, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("screenshots")) {
            return OperatorScreenshots.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        boolean asksForPin = args.length > 0 && args[0].equals("add");
        if (asksForPin && !isTerminal(console)) {
            err.println("operator add needs a terminal to ask for the PIN without echo;"
                    + " run it interactively (not through a pipe or a script)");
            return NO_TERMINAL;
        }
        OperatorCommand.PinPrompt prompt = !isTerminal(console)
                ? message -> {
                    throw new IllegalStateException("no terminal to read a PIN from");
                }
                : message -> {
                    char[] typed = console.readPassword("%s", message);
                    // End of input (Ctrl-D) reads as an empty PIN, which the command refuses.
                    return typed == null ? new char[0] : typed;
                };
        try (H2Ledger ledger = KioskLedger.open(dataDir, Clock.systemUTC())) {
            OperatorCommand command = new OperatorCommand(
                    ledger, new Pbkdf2PinHasher(Pbkdf2PinHasher.RECOMMENDED_ITERATIONS, new SecureRandom()), prompt);
            return command.run(args, out);
        } catch (LedgerException e) {
            err.println("cannot open the kiosk ledger: " + e.getMessage());
            return LEDGER_UNAVAILABLE;
        }
    }
}
