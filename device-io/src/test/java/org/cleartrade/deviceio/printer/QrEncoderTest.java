package org.cleartrade.deviceio.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The encoder against ZXing's, the encoder every phone's reader is tested with: the same symbol,
 * module for module, for payloads of every mode, level and length up to version 40.
 */
class QrEncoderTest {

    @ParameterizedTest(name = "level {0}")
    @EnumSource(QrEncoder.Level.class)
    void drawsTheSameSymbolAsZxingForEveryModeAndLength(QrEncoder.Level level) throws WriterException {
        Random random = new Random(18004 + level.ordinal());
        String digits = "0123456789";
        String alphanumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
        for (int length = 1; length <= 1200; length += 1 + length / 8) {
            for (String alphabet : new String[] {digits, alphanumeric, null}) {
                byte[] data = new byte[length];
                for (int i = 0; i < length; i++) {
                    data[i] = alphabet == null
                            ? (byte) random.nextInt(256)
                            : (byte) alphabet.charAt(random.nextInt(alphabet.length()));
                }
                assertSameAsZxing(data, level);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "CT1.eyJ0IjoiVFItMjAyNi0wMDQyIn0.MEUCIQDx7f3k9a0Jq",
        "HC1:NCFOXN%TS3DH3ZSUZK+.V0ETD%65NL-AH-R6IOO6+IDOEZKWNQOIR6AD6:R",
        "https://cleartrade.example/v/TR-2026-0042",
        "12345678901234567890",
        "Ñandú ¿qué?"
    })
    void drawsTheSameSymbolAsZxingForReceiptPayloads(String payload) throws WriterException {
        for (QrEncoder.Level level : QrEncoder.Level.values()) {
            assertSameAsZxing(payload.getBytes(StandardCharsets.ISO_8859_1), level);
        }
    }

    @org.junit.jupiter.api.Test
    void refusesDataNoVersionHolds() {
        assertThatThrownBy(() -> QrEncoder.encode(new byte[2954], QrEncoder.Level.L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2954 bytes at level L do not fit");
    }

    private static void assertSameAsZxing(byte[] data, QrEncoder.Level level) throws WriterException {
        QRCode expected = Encoder.encode(
                new String(data, StandardCharsets.ISO_8859_1), ErrorCorrectionLevel.valueOf(level.name()));
        ByteMatrix zxing = expected.getMatrix();

        boolean[][] ours = QrEncoder.encode(data, level);

        assertThat(QrEncoder.version(data, level))
                .as("version of %d bytes at %s", data.length, level)
                .isEqualTo(expected.getVersion().getVersionNumber());
        assertThat(ours.length).isEqualTo(zxing.getWidth());
        for (int y = 0; y < ours.length; y++) {
            for (int x = 0; x < ours.length; x++) {
                assertThat(ours[y][x])
                        .as(
                                "module (%d, %d) of %d bytes at %s, ZXing's mask %d",
                                x, y, data.length, level, expected.getMaskPattern())
                        .isEqualTo(zxing.get(x, y) == 1);
            }
        }
    }
}
