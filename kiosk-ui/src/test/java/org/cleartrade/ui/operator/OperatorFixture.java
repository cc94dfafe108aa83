package org.cleartrade.ui.operator;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.cleartrade.core.certificate.FileKioskKeyStore;
import org.cleartrade.core.certificate.KioskSite;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.operator.BoltWatch;
import org.cleartrade.core.operator.OperatorAccount;
import org.cleartrade.core.operator.Pbkdf2PinHasher;
import org.cleartrade.core.operator.Role;
import org.cleartrade.core.receipt.SessionReceipts;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;
import org.cleartrade.deviceio.printer.VirtualPrinter;
import org.cleartrade.pricing.book.PriceBooks;
import org.cleartrade.ui.tour.SimulatedKiosk;

/**
 * A simulated kiosk (real H2 ledger, simulated latch and printer, manual clock) with an operator
 * "ann" and a technician "ted", both with PIN {@value #PIN}, and the operator station over it.
 */
final class OperatorFixture implements AutoCloseable {

    static final String PIN = "482916";
    static final ZoneId ZONE = ZoneId.of("America/Chicago");

    final SimulatedKiosk kiosk;
    final OperatorStation station;
    final SimulatedStock stock;

    OperatorFixture(Path data) {
        this(data, "US-IL");
    }

    OperatorFixture(Path data, String jurisdiction) {
        kiosk = new SimulatedKiosk(data, jurisdiction, ZONE);
        Pbkdf2PinHasher hasher = new Pbkdf2PinHasher(1_000, new SecureRandom());
        kiosk.ledger().save(new OperatorAccount("ann", "Ann", Role.OPERATOR, hasher.hash(PIN.toCharArray())));
        kiosk.ledger().save(new OperatorAccount("ted", "Ted", Role.TECHNICIAN, hasher.hash(PIN.toCharArray())));
        station = OperatorStation.assemble(
                new OperatorStation.Parts(
                        kiosk.ledger(),
                        kiosk.ledger(),
                        kiosk.ledger(),
                        kiosk.devices().latch(),
                        kiosk.devices().printer(),
                        FileKioskKeyStore.open(data, new SecureRandom()),
                        new SessionReceipts(
                                new KioskSite("DEMO-0001", "ClearTrade demo kiosk"), ZONE, VerificationLink.none()),
                        "DEMO-0001",
                        kiosk.clock(),
                        hasher,
                        new BoltWatch(kiosk.clock()::skip),
                        data.resolve("exports"),
                        () -> OperatorStation.shipped(PriceBooks.loadSeed())),
                List.of());
        stock = new SimulatedStock(
                kiosk.ledger(), kiosk.devices().latch(), kiosk.clock(), new BoltWatch(kiosk.clock()::skip));
    }

    /** The operator opens the door of an unlocked bin, once its bolt has moved. */
    void openDoor(int bin) {
        kiosk.clock().skip(Duration.ofSeconds(1));
        latch().openDoor(bin);
    }

    SimulatedBinLatch latch() {
        return kiosk.devices().latch();
    }

    VirtualPrinter printer() {
        return kiosk.devices().printer();
    }

    @Override
    public void close() {
        kiosk.close();
    }
}
