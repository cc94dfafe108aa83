package org.cleartrade.ledger.h2;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/** A second process for tests: opens the ledger in {@code args[0]}, says READY, holds it until stdin closes. */
public final class HoldLedgerOpen {
    private HoldLedgerOpen() {}

    public static void main(String[] args) throws IOException {
        try (H2Ledger ledger = H2Ledger.open(Path.of(args[0]), Clock.systemUTC())) {
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Holds the database until the parent closes our stdin or kills us.
            }
        }
    }
}
