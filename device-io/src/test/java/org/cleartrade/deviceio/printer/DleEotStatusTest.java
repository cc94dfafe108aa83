package org.cleartrade.deviceio.printer;

import static org.assertj.core.api.Assertions.assertThat;

import org.cleartrade.ports.printer.PrinterStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DleEotStatusTest {

    @ParameterizedTest(name = "online={0} paperOut={1} nearEnd={2} coverOpen={3}")
    @CsvSource({
        "true, false, false, false, 0x12, 0x12, 0x12",
        "true, true, false, false, 0x1A, 0x32, 0x7E",
        "true, false, true, false, 0x12, 0x12, 0x1E",
        "true, false, false, true, 0x1A, 0x16, 0x12",
        "false, false, false, false, 0x1A, 0x52, 0x12",
        "false, false, false, true, 0x1A, 0x56, 0x12",
    })
    void encodesEachFaultInTheStatusBytesAndReadsItBack(
            boolean online, boolean paperOut, boolean nearEnd, boolean coverOpen, String n1, String n2, String n4) {
        PrinterStatus status = new PrinterStatus(online, paperOut, nearEnd, coverOpen);

        byte printer = DleEotStatus.answer(status, 1);
        byte cause = DleEotStatus.answer(status, 2);
        byte sensor = DleEotStatus.answer(status, 4);

        assertThat(printer & 0xFF).isEqualTo(Integer.decode(n1));
        assertThat(cause & 0xFF).isEqualTo(Integer.decode(n2));
        assertThat(sensor & 0xFF).isEqualTo(Integer.decode(n4));
        assertThat(DleEotStatus.isAnswer(printer & 0xFF)).isTrue();
        assertThat(DleEotStatus.decode(printer, cause, sensor)).isEqualTo(status);
    }
}
