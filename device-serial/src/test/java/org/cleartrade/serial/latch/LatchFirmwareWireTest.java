package org.cleartrade.serial.latch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import org.cleartrade.serial.SerialLink;
import org.cleartrade.serial.SerialSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw RTU frames against the firmware in simavr: the framing and exception rules of the contract. */
class LatchFirmwareWireTest {
    private static final Duration ANSWER = Duration.ofMillis(300);
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    @TempDir
    Path dir;

    private LatchSimulatorProcess controller;
    private SerialLink line;

    @BeforeEach
    void start() throws Exception {
        controller = LatchSimulatorProcess.start(dir.resolve("latch-tty"));
        line = SerialLink.open(SerialSettings.modbusRtu(controller.link().toString(), 19200));
    }

    @AfterEach
    void stop() {
        line.close();
        controller.close();
    }

    @Test
    void answersAnUnknownFunctionWithIllegalFunction() throws IOException {
        assertThat(exchange("01 07", 5)).isEqualTo(withCrc("01 87 01"));
    }

    @Test
    void answersAReadPastTheMapWithIllegalAddress() throws IOException {
        assertThat(exchange("01 04 00 03 00 02", 5)).isEqualTo(withCrc("01 84 02"));
    }

    @Test
    void answersACoilValueOtherThanOnOrOffWithIllegalValue() throws IOException {
        assertThat(exchange("01 05 00 00 12 34", 5)).isEqualTo(withCrc("01 85 03"));
    }

    @Test
    void answersAnOutOfRangeTimeoutWithIllegalValueAndKeepsTheOldOne() throws IOException {
        assertThat(exchange("01 10 00 00 00 02 04 00 05 00 05", 5)).isEqualTo(withCrc("01 90 03"));
        assertThat(exchange("01 03 00 00 00 01", 7)).isEqualTo(withCrc("01 03 02 00 1E"));
    }

    @Test
    void dropsAFrameWithABadCrcWithoutAnswerAndCountsIt() throws IOException {
        byte[] frame = withCrc("01 04 00 00 00 01");
        frame[frame.length - 1] ^= 0x01;
        line.write(frame, 0, frame.length);

        assertThat(read(7)).isEmpty();
        assertThat(exchange("01 04 00 34 00 01", 7)).isEqualTo(withCrc("01 04 02 00 01"));
    }

    @Test
    void carriesOutABroadcastWriteWithoutAnswering() throws IOException {
        byte[] unlockAll = withCrc("00 05 00 00 00 00");
        line.write(unlockAll, 0, unlockAll.length);

        assertThat(read(8)).isEmpty();
        assertThat(exchange("01 01 00 00 00 04", 6)).isEqualTo(withCrc("01 01 01 0E"));
    }

    @Test
    void ignoresFramesForAnotherUnit() throws IOException {
        byte[] other = withCrc("02 04 00 00 00 01");
        line.write(other, 0, other.length);

        assertThat(read(7)).isEmpty();
    }

    private byte[] exchange(String pdu, int answerLength) throws IOException {
        byte[] frame = withCrc(pdu);
        line.write(frame, 0, frame.length);
        return read(answerLength);
    }

    private byte[] read(int length) throws IOException {
        byte[] buffer = new byte[length];
        int n = line.read(buffer, 0, length, ANSWER);
        return Arrays.copyOf(buffer, n);
    }

    /** Appends the CRC-16/MODBUS, low byte first, computed here independently of both peers. */
    private static byte[] withCrc(String hex) {
        byte[] body = HEX.parseHex(hex);
        int crc = 0xFFFF;
        for (byte b : body) {
            crc ^= b & 0xFF;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
        }
        byte[] frame = Arrays.copyOf(body, body.length + 2);
        frame[body.length] = (byte) crc;
        frame[body.length + 1] = (byte) (crc >>> 8);
        return frame;
    }
}
