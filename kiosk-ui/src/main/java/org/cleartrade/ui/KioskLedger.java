package org.cleartrade.ui;

import java.nio.file.Path;
import java.time.Clock;
import org.cleartrade.ledger.h2.H2Ledger;

/**
 * Where a kiosk's ledger and its mark live in the data folder: the ledger in {@code ledger/}, its
 * identity and high-water mark in {@code keys/ledger.mark}, beside the signing keys, so that a
 * ledger folder restored, emptied or swapped on its own is recognised at start.
 */
public final class KioskLedger {
    private KioskLedger() {}

    public static Path folder(Path dataDir) {
        return dataDir.resolve("ledger");
    }

    public static Path markFile(Path dataDir) {
        return dataDir.resolve("keys").resolve("ledger.mark");
    }

    /** Opens the kiosk's ledger held against its mark ({@link H2Ledger#open(Path, Path, Clock)}). */
    public static H2Ledger open(Path dataDir, Clock clock) {
        return H2Ledger.open(folder(dataDir), markFile(dataDir), clock);
    }
}
