package org.cleartrade.deviceio.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.cleartrade.ports.printer.MonoBitmap;
import org.cleartrade.ports.printer.PrinterException;
import org.cleartrade.ports.printer.PrinterStatus;
import org.cleartrade.ports.printer.Receipt;
import org.cleartrade.ports.printer.ReceiptBlock;
import org.cleartrade.ports.printer.ReceiptBlock.Align;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VirtualPrinterTest {
    @ParameterizedTest(name = "{0} mm, native CJK {1}, native QR {2}")
    @CsvSource({"58, true, true", "80, true, true", "58, false, false", "80, false, false"})
    void printsAReceiptWhoseQrCodeDecodesToThePayload(String mm, boolean nativeCjk, boolean nativeQr) {
        PaperWidth paper = PaperWidth.ofMillimetres(mm);
        VirtualPrinter printer = new VirtualPrinter(new EscPosOptions(paper, nativeCjk, nativeQr));
        List<BufferedImage> seen = new ArrayList<>();
        printer.addListener(seen::add);

        printer.print(SampleReceipt.withQr());

        assertThat(printer.emulator().refusals()).isEmpty();
        assertThat(seen).hasSize(1);
        BufferedImage receipt = printer.latestReceipt().orElseThrow();
        assertThat(receipt.getWidth()).isEqualTo(paper.dots() + 2 * PaperImages.MARGIN);
        assertThat(QrReading.decode(receipt)).isEqualTo(SampleReceipt.PAYLOAD);
        assertThat(printer.latestReceiptPng().orElseThrow()).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void refusesToPrintWithThePaperOutAndSendsNothing() {
        VirtualPrinter printer = new VirtualPrinter();
        printer.setStatus(new PrinterStatus(true, true, false, false));

        assertThatThrownBy(() -> printer.print(SampleReceipt.withQr()))
                .isInstanceOfSatisfying(
                        PrinterException.class,
                        e -> assertThat(e.status().paperOut()).isTrue())
                .hasMessageContaining("paper out");
        assertThat(printer.latestPaper()).isEmpty();
        assertThat(printer.emulator().droppedCommands()).isZero();
    }

    @Test
    void refusesToPrintWithTheCoverOpen() {
        VirtualPrinter printer = new VirtualPrinter();
        printer.setStatus(new PrinterStatus(true, false, false, true));

        assertThatThrownBy(() -> printer.print(SampleReceipt.withQr()))
                .isInstanceOfSatisfying(
                        PrinterException.class,
                        e -> assertThat(e.status().coverOpen()).isTrue())
                .hasMessageContaining("cover open");
    }

    @Test
    void refusesToPrintWhileOffline() {
        VirtualPrinter printer = new VirtualPrinter();
        printer.setStatus(new PrinterStatus(false, false, false, false));

        assertThatThrownBy(() -> printer.print(SampleReceipt.withQr()))
                .isInstanceOfSatisfying(
                        PrinterException.class,
                        e -> assertThat(e.status().online()).isFalse())
                .hasMessageContaining("offline");
    }

    @Test
    void printsWithPaperNearEndAndReportsIt() {
        VirtualPrinter printer = new VirtualPrinter();
        printer.setStatus(new PrinterStatus(true, false, true, false));

        printer.print(SampleReceipt.withQr());

        assertThat(printer.status().paperNearEnd()).isTrue();
        assertThat(printer.latestPaper()).isPresent();
    }

    @Test
    void reportsPaperRunningOutInTheMiddleOfAJob() {
        VirtualPrinter printer = new VirtualPrinter();
        printer.runOutOfPaperAfter(200);

        assertThatThrownBy(() -> printer.print(SampleReceipt.withQr()))
                .isInstanceOfSatisfying(PrinterException.class, e -> {
                    assertThat(e.status().paperOut()).isTrue();
                    assertThat(e.getMessage()).contains("stopped during");
                });
        assertThat(printer.latestPaper()).isEmpty();
        assertThat(printer.emulator().droppedCommands()).isPositive();
    }

    @Test
    void reportsAnUnpluggedPrinterWithoutAStatus() {
        VirtualPrinter printer = new VirtualPrinter();
        printer.unplug(true);

        assertThatThrownBy(() -> printer.print(SampleReceipt.withQr()))
                .isInstanceOfSatisfying(
                        PrinterException.class, e -> assertThat(e.status()).isNull())
                .hasMessageContaining("unreachable");
    }

    @Test
    void printsAgainOnceTheFaultIsCleared() {
        VirtualPrinter printer = new VirtualPrinter();
        printer.setStatus(new PrinterStatus(true, false, false, true));
        assertThatThrownBy(() -> printer.print(SampleReceipt.withQr())).isInstanceOf(PrinterException.class);

        printer.setStatus(PrinterStatus.READY);
        printer.print(SampleReceipt.withQr());

        assertThat(QrReading.decode(printer.latestReceipt().orElseThrow())).isEqualTo(SampleReceipt.PAYLOAD);
    }

    @Test
    void printsALogoBitmapCentredOnThePaper() {
        byte[] black = new byte[8 * 16];
        java.util.Arrays.fill(black, (byte) 0xFF);
        MonoBitmap logo = new MonoBitmap(64, 16, black);
        VirtualPrinter printer = new VirtualPrinter();

        printer.print(new Receipt("logo", List.of(new ReceiptBlock.Image(logo, Align.CENTER))));

        MonoBitmap paper = printer.latestPaper().orElseThrow();
        int left = (PaperWidth.MM80.dots() - 64) / 2;
        assertThat(paper.dot(left, 0)).isTrue();
        assertThat(paper.dot(left + 63, 15)).isTrue();
        assertThat(paper.dot(left - 1, 0)).isFalse();
        assertThat(paper.dot(left + 64, 0)).isFalse();
        assertThat(paper.dot(left, 16)).isFalse();
    }

    @Test
    void refusesALogoWiderThanThePaper() {
        MonoBitmap wide = new MonoBitmap(400, 1, new byte[50]);
        VirtualPrinter printer = new VirtualPrinter(new EscPosOptions(PaperWidth.MM58, true, true));

        assertThatThrownBy(() -> printer.print(new Receipt("wide", List.of(new ReceiptBlock.Image(wide, Align.LEFT)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("400 dots wide does not fit 384-dot paper");
    }

    @Test
    void keepsJobsFromTwoThreadsApartOnThePaper() throws Exception {
        VirtualPrinter printer = new VirtualPrinter();
        List<BufferedImage> receipts = java.util.Collections.synchronizedList(new ArrayList<>());
        printer.addListener(receipts::add);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> jobs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                jobs.add(pool.submit(() -> printer.print(SampleReceipt.withQr())));
            }
            for (java.util.concurrent.Future<?> job : jobs) {
                job.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(receipts)
                .hasSize(4)
                .allSatisfy(r -> assertThat(QrReading.decode(r)).isEqualTo(SampleReceipt.PAYLOAD));
        assertThat(printer.emulator().refusals()).isEmpty();
    }
}
