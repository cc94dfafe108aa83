package org.cleartrade.deviceio.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cleartrade.ports.printer.MonoBitmap;
import org.cleartrade.ports.printer.ReceiptBlock;
import org.junit.jupiter.api.Test;

class EscPosDecoderTest {
    private final List<EscPosCommand> commands = new ArrayList<>();
    private final List<EscPosProtocolException> refusals = new ArrayList<>();
    private final EscPosDecoder decoder = new EscPosDecoder(new EscPosDecoder.Sink() {
        @Override
        public void command(EscPosCommand command) {
            commands.add(command);
        }

        @Override
        public void refused(EscPosProtocolException error) {
            refusals.add(error);
        }
    });

    private static byte[] job() {
        return new EscPosWriter()
                .initialize()
                .codeTable(CodeTable.PC858)
                .align(ReceiptBlock.Align.CENTER)
                .emphasis(true)
                .size(2, 2)
                .text("Hi".getBytes(StandardCharsets.US_ASCII))
                .lineFeed()
                .raster(new MonoBitmap(16, 2, new byte[] {(byte) 0xFF, 0, 0, (byte) 0xFF}))
                .qrModel2()
                .qrModuleSize(4)
                .qrErrorCorrection(49)
                .qrStore("payload".getBytes(StandardCharsets.US_ASCII))
                .qrPrint()
                .statusRequest(4)
                .cut(true, 48)
                .toByteArray();
    }

    @Test
    void decodesTheSameCommandsWhetherBytesArriveAllAtOnceOrOneByOne() {
        decoder.feed(job());
        List<String> whole = describe(commands);
        commands.clear();

        for (byte b : job()) {
            decoder.feed(new byte[] {b});
        }
        decoder.finish();

        assertThat(refusals).isEmpty();
        assertThat(describe(commands)).isEqualTo(whole);
        assertThat(whole)
                .containsSubsequence(
                        "Initialize[]",
                        "CodeTable[table=19]",
                        "Justify[align=CENTER]",
                        "Emphasis[on=true]",
                        "CharacterSize[width=2, height=2]",
                        "Text:Hi",
                        "LineFeed[]",
                        "RasterImage[bitmap=MonoBitmap[16 × 2], scaleX=1, scaleY=1]",
                        "QrModel[model=50]",
                        "QrModuleSize[dots=4]",
                        "QrErrorCorrection[level=49]",
                        "QrStore:payload",
                        "QrPrint[]",
                        "StatusRequest[function=4]",
                        "Cut[partial=true, feedDots=48]");
    }

    @Test
    void refusesAnUnknownEscapeAndDiscardsUntilTheNextInitialize() {
        decoder.feed(new byte[] {0x1B, '@', 'A', 0x1B, 'Q', 'B', 'C', 0x0A, 0x1B, '@', 'D'});

        assertThat(refusals).singleElement().satisfies(e -> {
            assertThat(e.getMessage()).contains("unknown command ESC 0x51");
            assertThat(e.offset()).isEqualTo(3);
        });
        assertThat(describe(commands)).containsExactly("Initialize[]", "Text:A", "Initialize[]", "Text:D");
    }

    @Test
    void stillAnswersStatusRequestsWhileDiscardingGarbage() {
        decoder.feed(new byte[] {0x07, 'x', 0x10, 0x04, 0x02, 'y'});

        assertThat(refusals)
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("control byte 0x07"));
        assertThat(describe(commands)).containsExactly("StatusRequest[function=2]");
        assertThat(decoder.discarding()).isTrue();
    }

    @Test
    void reportsAStreamThatEndsInsideARasterImage() {
        byte[] job = job();
        decoder.feed(job, 0, 27); // 17 bytes of set-up and text, then 10 of the 12-byte image
        decoder.finish();

        assertThat(refusals)
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("stream ended inside GS 0x76"));
    }

    @Test
    void refusesAQrCodeOfModelFour() {
        decoder.feed(new byte[] {0x1D, '(', 'k', 4, 0, 49, 65, 52, 0});

        assertThat(refusals)
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("QR model 52"));
    }

    @Test
    void refusesARasterImageWiderThanThePrinterAccepts() {
        decoder.feed(new byte[] {0x1D, 'v', '0', 0, (byte) 200, 0, 1, 0});

        assertThat(refusals)
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("200 bytes × 1 rows"));
    }

    @Test
    void refusesAnUnknownCodeTable() {
        decoder.feed(new byte[] {0x1B, 't', (byte) 99});

        assertThat(refusals)
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("unknown code table 99"));
    }

    @Test
    void waitsForTheRestOfACommandSplitAcrossFeeds() {
        decoder.feed(new byte[] {0x1D, '('});
        decoder.feed(new byte[] {'k', 3, 0, 49});
        assertThat(commands).isEmpty();

        decoder.feed(new byte[] {81, 48});

        assertThat(describe(commands)).containsExactly("QrPrint[]");
        assertThat(refusals).isEmpty();
    }

    @Test
    void readsBackAnInlineBitImageColumnByColumn() {
        byte[] rows = new byte[2 * 24];
        rows[0] = (byte) 0x80; // top-left dot
        rows[23 * 2 + 1] = (byte) 0x40; // bottom row, column 9
        MonoBitmap image = new MonoBitmap(10, 24, rows);

        decoder.feed(new EscPosWriter().bitImage24(image).toByteArray());

        assertThat(refusals).isEmpty();
        assertThat(commands).singleElement().isInstanceOfSatisfying(EscPosCommand.BitImage.class, b -> {
            assertThat(b.bitmap()).isEqualTo(image);
            assertThat(b.scaleX()).isEqualTo(1);
        });
    }

    @Test
    void refusesAnEightDotBitImage() {
        decoder.feed(new byte[] {0x1B, '*', 0, 1, 0, (byte) 0xFF});

        assertThat(refusals)
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("ESC * mode 0"));
    }

    /** Commands as strings, adjacent text runs joined (a split stream may cut text anywhere). */
    private static List<String> describe(List<EscPosCommand> commands) {
        List<String> described = new ArrayList<>();
        for (String s : commands.stream()
                .map(c -> {
                    if (c instanceof EscPosCommand.Text t) {
                        return "Text:" + new String(t.bytes(), StandardCharsets.ISO_8859_1);
                    }
                    if (c instanceof EscPosCommand.QrStore s) {
                        return "QrStore:" + new String(s.data(), StandardCharsets.ISO_8859_1);
                    }
                    return c.toString();
                })
                .toList()) {
            int last = described.size() - 1;
            if (s.startsWith("Text:") && last >= 0 && described.get(last).startsWith("Text:")) {
                described.set(last, described.get(last) + s.substring(5));
            } else {
                described.add(s);
            }
        }
        return described;
    }
}
