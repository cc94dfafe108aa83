package org.cleartrade.serial.printer;

import java.nio.file.Path;
import org.cleartrade.deviceio.printer.PtyPrinting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serial transport, against the ESC/POS emulator on a pty. */
class SerialPrinterTransportTest {

    @TempDir
    Path folder;

    @Test
    void printsThroughASerialLineAt115200Baud() throws Exception {
        PtyPrinting.assertPrintsThrough(folder, host -> new SerialPrinterTransport(host.toString(), 115_200));
    }
}
