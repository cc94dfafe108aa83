package org.cleartrade.ui;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cleartrade.core.driver.JourneyDriverMain;
import org.cleartrade.ledger.h2.H2Ledger;
import org.cleartrade.ui.config.KioskConfig;

/**
 * {@code journeys ARGS...}: the headless journey driver on the real H2 ledger, in a fresh folder
 * under the data folder so the kiosk's own ledger is never touched. Arguments go to the driver.
 */
final class JourneysCommand {

    private JourneysCommand() {}

    static int run(String[] args, KioskConfig config, PrintStream out, PrintStream err) {
        Path folder = config.dataDir()
                .resolve("journeys")
                .resolve("run-" + Instant.now().toEpochMilli());
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            err.println("kiosk.dataDir: cannot create " + folder + ": " + e.getMessage());
            return 1;
        }
        List<H2Ledger> opened = new ArrayList<>();
        try {
            int status = JourneyDriverMain.run(
                    args,
                    bins -> {
                        H2Ledger ledger = H2Ledger.open(folder, Clock.systemUTC());
                        opened.add(ledger);
                        return ledger;
                    },
                    out);
            out.println("ledger: " + folder);
            return status;
        } catch (IllegalArgumentException e) {
            err.println("journeys: " + e.getMessage());
            return Launcher.USAGE;
        } finally {
            opened.forEach(H2Ledger::close);
        }
    }
}
