package org.cleartrade.core.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.cleartrade.ports.DeviceException;
import org.cleartrade.ports.latch.BinLatch;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.ports.printer.PrinterStatus;
import org.cleartrade.ports.printer.ReceiptPrinter;

/**
 * Reads the latch and the printer without moving either: the latch controller answers with its
 * bin count, every bin's status is readable and none reports a jam or a tamper alarm; the printer
 * answers its real-time status ({@code DLE EOT}) online, with paper and its cover closed. Paper
 * near its end still prints and is not a problem.
 *
 * <p>Threading: one caller at a time, as the devices require; each read blocks for at most the
 * driver's timeout.
 */
public final class StartupDeviceCheck {

    static final int MAX_DETAIL = 300;

    private final BinLatch latch;
    private final ReceiptPrinter printer;

    public StartupDeviceCheck(BinLatch latch, ReceiptPrinter printer) {
        this.latch = latch;
        this.printer = printer;
    }

    /** Every problem found now; empty when both devices are ready to trade. */
    public List<DeviceProblem> run() {
        List<DeviceProblem> problems = new ArrayList<>(latch());
        problems.addAll(printer());
        return List.copyOf(problems);
    }

    private List<DeviceProblem> latch() {
        int bins;
        try {
            bins = latch.binCount();
        } catch (DeviceException e) {
            return List.of(new DeviceProblem(DeviceProblem.Kind.LATCH_NOT_ANSWERING, OptionalInt.empty(), message(e)));
        }
        List<DeviceProblem> problems = new ArrayList<>();
        List<DeviceProblem> unreadable = new ArrayList<>();
        for (int bin = 1; bin <= bins; bin++) {
            OptionalInt which = OptionalInt.of(bin);
            BinStatus status;
            try {
                status = latch.status(bin);
            } catch (DeviceException e) {
                unreadable.add(new DeviceProblem(DeviceProblem.Kind.BIN_UNREADABLE, which, message(e)));
                continue;
            }
            if (status.jammed()) {
                problems.add(new DeviceProblem(
                        DeviceProblem.Kind.BIN_JAMMED, which, "bin " + bin + " reports a jammed latch"));
            }
            if (status.tamper()) {
                problems.add(new DeviceProblem(
                        DeviceProblem.Kind.BIN_TAMPERED,
                        which,
                        "bin " + bin + " reports its door opened while locked"));
            }
        }
        if (unreadable.size() == bins) {
            // Not one bin answered: the controller (or its cable) is the problem, not each bin.
            return List.of(new DeviceProblem(
                    DeviceProblem.Kind.LATCH_NOT_ANSWERING,
                    OptionalInt.empty(),
                    unreadable.get(0).detail()));
        }
        problems.addAll(unreadable);
        return problems;
    }

    private List<DeviceProblem> printer() {
        PrinterStatus status;
        try {
            status = printer.status();
        } catch (DeviceException e) {
            return List.of(
                    new DeviceProblem(DeviceProblem.Kind.PRINTER_NOT_ANSWERING, OptionalInt.empty(), message(e)));
        }
        List<DeviceProblem> problems = new ArrayList<>();
        if (!status.online()) {
            problems.add(printerProblem(DeviceProblem.Kind.PRINTER_OFFLINE, "the printer reports offline"));
        }
        if (status.paperOut()) {
            problems.add(printerProblem(DeviceProblem.Kind.PRINTER_PAPER_OUT, "the printer reports paper out"));
        }
        if (status.coverOpen()) {
            problems.add(printerProblem(DeviceProblem.Kind.PRINTER_COVER_OPEN, "the printer reports its cover open"));
        }
        return problems;
    }

    private static DeviceProblem printerProblem(DeviceProblem.Kind kind, String detail) {
        return new DeviceProblem(kind, OptionalInt.empty(), detail);
    }

    /** The driver's own words, cut to a length the operator screen and the audit log can hold. */
    private static String message(DeviceException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.length() <= MAX_DETAIL ? m : m.substring(0, MAX_DETAIL - 1) + "…";
    }
}
