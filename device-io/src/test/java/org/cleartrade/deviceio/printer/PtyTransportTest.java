package org.cleartrade.deviceio.printer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.cleartrade.ports.printer.PrinterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The device-file (USB printer class) transport, against the emulator on a pty. */
class PtyTransportTest {

    @TempDir
    Path folder;

    @Test
    void printsThroughADeviceFileAndReadsTheStatusBack() throws Exception {
        PtyPrinting.assertPrintsThrough(folder, DeviceFilePrinterTransport::new);
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
}
