package org.cleartrade.core.operator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.cleartrade.ports.DeviceException;
import org.cleartrade.ports.latch.BinLatch;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.ports.printer.PrinterStatus;
import org.cleartrade.ports.printer.Receipt;
import org.cleartrade.ports.printer.ReceiptBlock;
import org.cleartrade.ports.printer.ReceiptPrinter;

/**
 * The technician's self-test: prints a test slip with a QR code and reads the printer's status
 * around it; cycles the latch of every empty, closed bin (unlock, then lock) and reads it back. A
 * bin that holds a phone, or that the ledger says holds one, is only read, never opened.
 */
public final class DeviceSelfTest {

    /** What the test found on one device. */
    public enum Finding {
        /** A test slip was printed; the conditions are the printer's afterwards. */
        PRINTED,
        /** The printer cannot print; nothing was sent. */
        NOT_READY,
        /** A bin that holds a phone or stands open was only read. */
        READ_ONLY,
        /** An empty, closed bin was unlocked, then locked again. */
        CYCLED,
        /** The bin reports a jam or a tamper alarm. */
        FAULT,
        /** The device did not answer; see {@link Result#error()}. */
        DEVICE_ERROR
    }

    /** A condition read from a device, worded by the screen in the operator's language. */
    public enum Condition {
        READY("ready"),
        OFFLINE("offline"),
        PAPER_OUT("paper out"),
        COVER_OPEN("cover open"),
        PAPER_NEAR_END("paper near end"),
        DOOR_CLOSED("door closed"),
        DOOR_OPEN("door open"),
        LOCKED("locked"),
        UNLOCKED("unlocked"),
        OCCUPIED("occupied"),
        EMPTY("empty"),
        JAMMED("JAMMED"),
        TAMPER("TAMPER");

        private final String english;

        Condition(String english) {
            this.english = english;
        }
    }

    /**
     * One line of the report. {@link #device()} and {@link #detail()} word it in English for the
     * audit log; the operator screen words it from its parts.
     *
     * @param bin empty for the printer
     * @param error the device's own message when the finding is {@link Finding#DEVICE_ERROR}
     */
    public record Result(
            OptionalInt bin, boolean passed, Finding finding, List<Condition> conditions, Optional<String> error) {
        public Result {
            conditions = List.copyOf(conditions);
        }

        static Result printer(boolean passed, Finding finding, List<Condition> conditions) {
            return new Result(OptionalInt.empty(), passed, finding, conditions, Optional.empty());
        }

        static Result bin(int bin, boolean passed, Finding finding, List<Condition> conditions) {
            return new Result(OptionalInt.of(bin), passed, finding, conditions, Optional.empty());
        }

        static Result failed(OptionalInt bin, DeviceException e) {
            return new Result(bin, false, Finding.DEVICE_ERROR, List.of(), Optional.ofNullable(e.getMessage()));
        }

        public String device() {
            return bin.isPresent() ? "bin " + bin.getAsInt() : "printer";
        }

        public String detail() {
            String read =
                    String.join(", ", conditions.stream().map(c -> c.english).toList());
            return switch (finding) {
                case PRINTED -> "printed a test slip; " + read;
                case READ_ONLY -> "read only (" + read + ")";
                case CYCLED -> "unlock then lock: " + read;
                case NOT_READY, FAULT -> read;
                case DEVICE_ERROR -> error.orElse("no answer");
            };
        }
    }

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
                return Result.printer(false, Finding.NOT_READY, conditions(before));
            }
            printer.print(testSlip());
            PrinterStatus after = printer.status();
            return Result.printer(after.canPrint(), Finding.PRINTED, conditions(after));
        } catch (DeviceException e) {
            return Result.failed(OptionalInt.empty(), e);
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
        try {
            BinStatus before = latch.status(bin);
            if (before.jammed() || before.tamper()) {
                return Result.bin(bin, false, Finding.FAULT, conditions(before));
            }
            if (ledgerSaysOccupied || before.occupied() || !before.doorClosed()) {
                return Result.bin(bin, true, Finding.READ_ONLY, conditions(before));
            }
            latch.unlock(bin);
            BinStatus unlocked = bolts.await(latch, bin, false);
            latch.lock(bin);
            BinStatus locked = bolts.await(latch, bin, true);
            boolean passed = !unlocked.locked() && locked.secured();
            return Result.bin(bin, passed, Finding.CYCLED, conditions(locked));
        } catch (DeviceException e) {
            return Result.failed(OptionalInt.of(bin), e);
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

    private static List<Condition> conditions(PrinterStatus status) {
        List<Condition> problems = new ArrayList<>();
        if (!status.online()) {
            problems.add(Condition.OFFLINE);
        }
        if (status.paperOut()) {
            problems.add(Condition.PAPER_OUT);
        }
        if (status.coverOpen()) {
            problems.add(Condition.COVER_OPEN);
        }
        if (status.paperNearEnd()) {
            problems.add(Condition.PAPER_NEAR_END);
        }
        return problems.isEmpty() ? List.of(Condition.READY) : problems;
    }

    private static List<Condition> conditions(BinStatus s) {
        List<Condition> read = new ArrayList<>();
        read.add(s.doorClosed() ? Condition.DOOR_CLOSED : Condition.DOOR_OPEN);
        read.add(s.locked() ? Condition.LOCKED : Condition.UNLOCKED);
        read.add(s.occupied() ? Condition.OCCUPIED : Condition.EMPTY);
        if (s.jammed()) {
            read.add(Condition.JAMMED);
        }
        if (s.tamper()) {
            read.add(Condition.TAMPER);
        }
        return read;
    }
}
