package org.cleartrade.deviceio.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The device-file (USB printer class) and serial transports, against the emulator on a pty. */
class PtyTransportTest {

    @TempDir
    Path folder;

    @Test
    void printsThroughADeviceFileAndReadsTheStatusBack() throws Exception {
        assertPrintsThrough(pty -> new DeviceFilePrinterTransport(pty.host()));
    }

    @Test
    void printsThroughASerialLineAt115200Baud() throws Exception {
        assertPrintsThrough(pty -> new SerialPrinterTransport(pty.host().toString(), 115_200));
    }

    @Test
    void reportsAMissingDeviceFile() {
        EscPosPrinter printer = new EscPosPrinter(
                new DeviceFilePrinterTransport(folder.resolve("lp0")),
                new EscPosEncoder(EscPosOptions.native80()),
                Duration.ofSeconds(1));

        assertThatThrownBy(printer::status)
                .isInstanceOf(PrinterException.class)
                .hasMessageContaining("does not exist (unplugged?)");
    }

    private interface TransportFactory {
        PrinterTransport open(PtyPair pty);
    }

    private void assertPrintsThrough(TransportFactory factory) throws Exception {
        EscPosEmulator emulator = new EscPosEmulator(PaperWidth.MM80);
        BlockingQueue<MonoBitmap> cuts = new ArrayBlockingQueue<>(4);
        emulator.addListener(cuts::add);
        try (PtyPair pty = new PtyPair(folder, emulator);
                EscPosPrinter printer = new EscPosPrinter(
                        factory.open(pty), new EscPosEncoder(EscPosOptions.native80()), Duration.ofSeconds(3))) {
            emulator.setStatus(new PrinterStatus(true, false, false, true));
            assertThat(printer.status().coverOpen()).isTrue();
            emulator.setStatus(PrinterStatus.READY);

            printer.print(VirtualPrinterTest.sample());

            MonoBitmap receipt = cuts.poll(10, TimeUnit.SECONDS);
            assertThat(receipt).as("a receipt within 10 s").isNotNull();
            assertThat(QrReading.decode(PaperImages.toImage(receipt))).contains("CT1.");
        }
    }
}
