package org.cleartrade.serial.latch;

import static org.assertj.core.api.Assertions.assertThat;

import org.cleartrade.ports.latch.BinStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatchRegistersTest {

    @ParameterizedTest(name = "status word 0x{1} of bin {0}")
    @CsvSource({
        // bin, word (hex), door closed, locked, occupied, jammed, tamper, secured
        "1, 23, true,  true,  false, false, false, true",
        "2, 27, true,  true,  true,  false, false, true",
        "3, 41, true,  false, false, false, false, false",
        "4, 00, false, false, false, false, false, false",
        "1, 29, true,  false, false, true,  false, false",
        "2, 12, false, true,  false, false, true,  false",
        "3, 33, true,  true,  false, false, true,  false",
    })
    void decodesTheDocumentedStatusBits(
            int bin,
            String word,
            boolean door,
            boolean locked,
            boolean occupied,
            boolean jammed,
            boolean tamper,
            boolean secured) {
        BinStatus s = LatchRegisters.decode(bin, Integer.parseInt(word, 16));

        assertThat(s).isEqualTo(new BinStatus(bin, door, locked, occupied, jammed, tamper));
        assertThat(s.secured()).isEqualTo(secured);
    }

    @ParameterizedTest
    @CsvSource({"1, illegal function", "2, illegal data address", "3, illegal data value", "6, exception 6"})
    void namesModbusExceptionCodes(int code, String name) {
        assertThat(LatchRegisters.exceptionName(code)).isEqualTo(name);
    }
}
