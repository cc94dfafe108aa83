package org.cleartrade.ui;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.cleartrade.core.certificate.FileKioskKeyStore;
import org.cleartrade.core.ledger.LedgerException;
import org.cleartrade.ledger.h2.H2Ledger;
import org.cleartrade.ledger.h2.LedgerRecovery;

/**
 * {@code ledger accept} and {@code ledger new}: a technician's way back when the kiosk refuses to
 * start because its ledger file is missing, empty, shorter than its mark or another ledger
 * (docs/operator.md, Ledger lost). {@code accept} takes the file now in the ledger folder, a
 * restored backup; {@code new} keeps the old file aside and starts an empty ledger. Either way the
 * decision, who took it and why go into the audit chain as one link signed by the kiosk key, and
 * the ledger is marked anew. Run with the kiosk stopped.
 */
final class LedgerCommand {

    static final int REFUSED = 65;

    private static final String SYNOPSIS =
            "usage: kiosk ledger accept --by NAME --reason TEXT   take the ledger file now in place (a restored backup)\n"
                    + "       kiosk ledger new --by NAME --reason TEXT      keep the old file aside, start an empty ledger";

    private LedgerCommand() {}

    static int run(String[] args, Path dataDir, Clock clock, PrintStream out, PrintStream err) {
        LedgerRecovery.Kind kind;
        String verb = args.length == 0 ? "" : args[0];
        switch (verb) {
            case "accept" -> kind = LedgerRecovery.Kind.ACCEPT_FILE;
            case "new" -> kind = LedgerRecovery.Kind.START_NEW;
            default -> {
                err.println(SYNOPSIS);
                return Launcher.USAGE;
            }
        }
        if (args.length != 5 || !args[1].equals("--by") || !args[3].equals("--reason")) {
            err.println(SYNOPSIS);
            return Launcher.USAGE;
        }
        LedgerRecovery decision;
        try {
            decision = new LedgerRecovery(kind, args[2], args[4]);
        } catch (IllegalArgumentException e) {
            err.println("ledger " + verb + ": " + e.getMessage());
            return Launcher.USAGE;
        }
        FileKioskKeyStore key = FileKioskKeyStore.open(dataDir, new SecureRandom());
        try (H2Ledger ledger = H2Ledger.recover(
                KioskLedger.folder(dataDir),
                KioskLedger.markFile(dataDir),
                clock,
                decision,
                text -> key.keyId() + ":"
                        + Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(key.sign(text.getBytes(StandardCharsets.UTF_8))))) {
            out.println("ledger " + (kind == LedgerRecovery.Kind.START_NEW ? "started new" : "accepted") + ": "
                    + ledger.mark().orElseThrow().describe());
            out.println("recorded in the audit chain, signed with key " + key.keyId() + "; the kiosk may start");
            return Launcher.OK;
        } catch (LedgerException e) {
            err.println("ledger " + verb + ": " + e.getMessage());
            return REFUSED;
        }
    }
}
