package org.cleartrade.deviceio.printer;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cleartrade.ports.printer.MonoBitmap;
import org.cleartrade.ports.printer.PrinterStatus;
import org.cleartrade.ports.printer.Receipt;
import org.cleartrade.ports.printer.ReceiptPrinter;

/**
 * The in-process receipt printer of demo mode and of tests: the real {@link EscPosPrinter} driver
 * and {@link EscPosEncoder} talking to an {@link EscPosEmulator}, so what comes out is exactly what
 * the bytes would print. Faults are scripted with {@link #setStatus}, {@link #runOutOfPaperAfter}
 * and {@link #unplug}; a UI observes the paper with {@link #addListener} or {@link
 * #latestReceipt()}.
 *
 * <p>Thread-safe. Listeners are called on the printing thread after the cut; a UI must hop to its
 * own thread before touching widgets.
 */
public final class VirtualPrinter implements ReceiptPrinter {

    /** Told about each receipt that comes off the virtual printer. */
    public interface PaperListener {
        void receiptPrinted(BufferedImage receipt);
    }

    private final EscPosEmulator emulator;
    private final LoopbackTransport transport;
    private final EscPosPrinter printer;
    private final CopyOnWriteArrayList<PaperListener> listeners = new CopyOnWriteArrayList<>();
    private volatile MonoBitmap latest;

    public VirtualPrinter(EscPosOptions options) {
        Objects.requireNonNull(options, "options");
        this.emulator = new EscPosEmulator(options.paper());
        this.transport = new LoopbackTransport(emulator);
        this.printer = new EscPosPrinter(transport, new EscPosEncoder(options), Duration.ofSeconds(1));
        emulator.addListener(this::cut);
    }

    /** An 80 mm printer with a Chinese font and native QR. */
    public VirtualPrinter() {
        this(EscPosOptions.native80());
    }

    @Override
    public PrinterStatus status() {
        return printer.status();
    }

    @Override
    public void print(Receipt receipt) {
        printer.print(receipt);
    }

    /** Scripts a status: paper out, paper near end, cover open, offline, or ready again. */
    public void setStatus(PrinterStatus status) {
        emulator.setStatus(status);
    }

    /** Scripts the paper to run out after this many dot rows (8 per mm), e.g. mid-receipt. */
    public void runOutOfPaperAfter(long rows) {
        emulator.runOutOfPaperAfter(rows);
    }

    /** Scripts a printer that stops answering (cable pulled) or comes back. */
    public void unplug(boolean unplugged) {
        transport.unplug(unplugged);
    }

    public void addListener(PaperListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(PaperListener listener) {
        listeners.remove(listener);
    }

    /** The last receipt cut, as dots. */
    public Optional<MonoBitmap> latestPaper() {
        return Optional.ofNullable(latest);
    }

    /** The last receipt cut, as a picture of the paper with its margins. */
    public Optional<BufferedImage> latestReceipt() {
        return latestPaper().map(PaperImages::toImage);
    }

    /** The last receipt cut, as PNG bytes. */
    public Optional<byte[]> latestReceiptPng() {
        return latestPaper().map(PaperImages::toPng);
    }

    /** The emulator behind this printer, for byte-level inspection (refusals, dropped data). */
    public EscPosEmulator emulator() {
        return emulator;
    }

    private void cut(MonoBitmap receipt) {
        latest = receipt;
        if (!listeners.isEmpty()) {
            BufferedImage image = PaperImages.toImage(receipt);
            listeners.forEach(l -> l.receiptPrinted(image));
        }
    }
}
