package org.cleartrade.core.operator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cleartrade.deviceio.DeviceException;
import org.cleartrade.deviceio.latch.BinLatch;
import org.cleartrade.deviceio.latch.BinStatus;
import org.cleartrade.deviceio.printer.PrinterStatus;
import org.cleartrade.deviceio.printer.Receipt;
import org.cleartrade.deviceio.printer.ReceiptBlock;
import org.cleartrade.deviceio.printer.ReceiptPrinter;

/**
 * The technician's self-test: prints a test slip with a QR code and reads the printer's status
 * around it; cycles the latch of every empty, closed bin (unlock, then lock) and reads it back. A
 * bin that holds a phone, or that the ledger says holds one, is only read, never opened.
 */
public final class DeviceSelfTest {

    /** One line of the report. */
    public record Result(String device, boolean passed, String detail) {}

    private final ReceiptPrinter printer;
    private final BinLatch latch;
    private final Clock clock;
    private final String kioskId;
    private final BoltWatch bolts;

    public DeviceSelfTest(ReceiptPrinter printer, BinLatch latch, Clock clock, String kioskId, BoltWatch bolts) {
        this.printer = printer;
        this.latch = latch;
        this.clock = clock;
        this.kioskId = kioskId;
        this.bolts = bolts;
    }

    public Result printer() {
        try {
            PrinterStatus before = printer.status();
            if (!before.canPrint()) {
                return new Result("printer", false, describe(before));
            }
            printer.print(testSlip());
            PrinterStatus after = printer.status();
            return new Result("printer", after.canPrint(), "printed a test slip; " + describe(after));
        } catch (DeviceException e) {
            return new Result("printer", false, e.getMessage());
        }
    }

    /** Cycles each bin not in {@code occupiedByLedger}; reads the others. */
    public List<Result> latch(Set<Integer> occupiedByLedger) {
        List<Result> results = new ArrayList<>();
        for (int bin = 1; bin <= latch.binCount(); bin++) {
            results.add(bin(bin, occupiedByLedger.contains(bin)));
        }
        return results;
    }

    private Result bin(int bin, boolean ledgerSaysOccupied) {
        String device = "bin " + bin;
        try {
            BinStatus before = latch.status(bin);
            if (before.jammed() || before.tamper()) {
                return new Result(device, false, flags(before));
            }
            if (ledgerSaysOccupied || before.occupied() || !before.doorClosed()) {
                return new Result(device, true, "read only (" + flags(before) + ")");
            }
            latch.unlock(bin);
            BinStatus unlocked = bolts.await(latch, bin, false);
            latch.lock(bin);
            BinStatus locked = bolts.await(latch, bin, true);
            boolean passed = !unlocked.locked() && locked.secured();
            return new Result(device, passed, "unlock then lock: " + flags(locked));
        } catch (DeviceException e) {
            return new Result(device, false, e.getMessage());
        }
    }

    private Receipt testSlip() {
        String stamp = clock.instant().toString();
        return new Receipt(
                "Self-test",
                List.of(
                        new ReceiptBlock.Text("ClearTrade printer self-test", ReceiptBlock.Align.CENTER, true, 2),
                        new ReceiptBlock.Rule(),
                        ReceiptBlock.Text.plain("Kiosk: " + kioskId),
                        ReceiptBlock.Text.plain("Time: " + stamp),
                        ReceiptBlock.Text.plain("中文 Español English"),
                        new ReceiptBlock.Qr("CT-SELFTEST:" + kioskId + ":" + stamp),
                        new ReceiptBlock.Feed(2)));
    }

    private static String describe(PrinterStatus status) {
        List<String> problems = new ArrayList<>();
        if (!status.online()) {
            problems.add("offline");
        }
        if (status.paperOut()) {
            problems.add("paper out");
        }
        if (status.coverOpen()) {
            problems.add("cover open");
        }
        if (status.paperNearEnd()) {
            problems.add("paper near end");
        }
        return problems.isEmpty() ? "ready" : String.join(", ", problems);
    }

    private static String flags(BinStatus s) {
        return (s.doorClosed() ? "door closed" : "door open")
                + (s.locked() ? ", locked" : ", unlocked")
                + (s.occupied() ? ", occupied" : ", empty")
                + (s.jammed() ? ", JAMMED" : "")
                + (s.tamper() ? ", TAMPER" : "");
    }
}
