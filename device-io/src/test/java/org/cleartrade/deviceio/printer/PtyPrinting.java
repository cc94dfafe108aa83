package org.cleartrade.deviceio.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.cleartrade.ports.printer.MonoBitmap;
import org.cleartrade.ports.printer.PrinterStatus;

/**
 * What every byte-stream transport of the ESC/POS printer must do against the emulator on a pty
 * ({@link PtyPair}): read a status back and print a receipt whose QR code a camera can read.
 */
public final class PtyPrinting {
    private PtyPrinting() {}

    /** Opens a transport on the pty's host end, reads the cover state and prints the sample receipt. */
    public static void assertPrintsThrough(Path folder, Function<Path, PrinterTransport> open) throws Exception {
        EscPosEmulator emulator = new EscPosEmulator(PaperWidth.MM80);
        BlockingQueue<MonoBitmap> cuts = new ArrayBlockingQueue<>(4);
        emulator.addListener(cuts::add);
        try (PtyPair pty = new PtyPair(folder, emulator);
                EscPosPrinter printer = new EscPosPrinter(
                        open.apply(pty.host()), new EscPosEncoder(EscPosOptions.native80()), Duration.ofSeconds(3))) {
            emulator.setStatus(new PrinterStatus(true, false, false, true));
            assertThat(printer.status().coverOpen()).isTrue();
            emulator.setStatus(PrinterStatus.READY);

            printer.print(SampleReceipt.withQr());

            MonoBitmap receipt = cuts.poll(10, TimeUnit.SECONDS);
            assertThat(receipt).as("a receipt within 10 s").isNotNull();
            assertThat(QrReading.decode(PaperImages.toImage(receipt))).contains("CT1.");
        }
    }
}
