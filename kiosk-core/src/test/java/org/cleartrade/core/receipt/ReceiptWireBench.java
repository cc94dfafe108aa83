package org.cleartrade.core.receipt;

import java.time.ZoneId;
import java.util.Arrays;
import org.cleartrade.deviceio.printer.EscPosEncoder;
import org.cleartrade.deviceio.printer.EscPosOptions;
import org.cleartrade.deviceio.printer.EscPosWriter;
import org.cleartrade.deviceio.printer.PaperWidth;
import org.cleartrade.deviceio.printer.VirtualPrinter;
import org.cleartrade.ports.printer.MonoBitmap;
import org.cleartrade.ports.printer.Receipt;

/**
 * Bytes on the wire for the certificate receipt, and its transfer time over a 115200 baud 8N1
 * line (11,520 bytes/s), against the same paper sent as one full raster image; then the software
 * time to encode it. Run: see docs/BENCHMARKS.md, "Receipt printer".
 */
public final class ReceiptWireBench {
    private static final double BYTES_PER_SECOND = 115_200 / 10.0;

    private ReceiptWireBench() {}

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        ReceiptSamples samples = new ReceiptSamples();
        System.out.println("| receipt | paper | encoding | bytes | at 115200 baud | vs full raster |");
        System.out.println("|---|---|---|---:|---:|---:|");
        for (String language : new String[] {"en", "zh-Hans"}) {
            Receipt receipt = new CertificateReceipt(ReceiptCopy.forLanguage(language, ZoneId.of("Asia/Shanghai")))
                    .compose(samples.certificateSlip(language.equals("en") ? "USD" : "CNY", true));
            for (PaperWidth paper : PaperWidth.values()) {
                int raster = fullRaster(receipt, paper);
                row(
                        language,
                        paper,
                        "text + native QR (GB18030 for Chinese)",
                        receipt,
                        new EscPosOptions(paper, true, true),
                        raster);
                row(
                        language,
                        paper,
                        "fallback: Chinese as ESC * images, QR as 2x2 raster",
                        receipt,
                        new EscPosOptions(paper, false, false),
                        raster);
                System.out.printf(
                        "| certificate %s | %s | one full raster image (naive) | %,d | %.2f s | 1.0x |%n",
                        language, paper, raster, raster / BYTES_PER_SECOND);
            }
        }
        encodeTimes(samples, iterations);
    }

    private static void row(
            String language, PaperWidth paper, String how, Receipt receipt, EscPosOptions options, int raster) {
        int bytes = new EscPosEncoder(options).encode(receipt).length;
        System.out.printf(
                "| certificate %s | %s | %s | %,d | %.2f s | %.1fx fewer |%n",
                language, paper, how, bytes, bytes / BYTES_PER_SECOND, raster / (double) bytes);
    }

    /** Prints the receipt on the virtual printer and sends the resulting paper back as raster bands. */
    private static int fullRaster(Receipt receipt, PaperWidth paper) {
        VirtualPrinter printer = new VirtualPrinter(new EscPosOptions(paper, true, true));
        printer.print(receipt);
        MonoBitmap paperDots = printer.latestPaper().orElseThrow();
        return new EscPosWriter().initialize().raster(paperDots).cut(true, 48).size();
    }

    private static void encodeTimes(ReceiptSamples samples, int iterations) {
        Receipt receipt = new CertificateReceipt(ReceiptCopy.forLanguage("zh-Hans", ZoneId.of("Asia/Shanghai")))
                .compose(samples.certificateSlip("CNY", true));
        for (EscPosOptions options : new EscPosOptions[] {
            new EscPosOptions(PaperWidth.MM80, true, true), new EscPosOptions(PaperWidth.MM80, false, false)
        }) {
            EscPosEncoder encoder = new EscPosEncoder(options);
            long[] nanos = new long[iterations];
            for (int i = 0; i < iterations + 50; i++) {
                long start = System.nanoTime();
                encoder.encode(receipt);
                if (i >= 50) {
                    nanos[i - 50] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "encode zh-Hans certificate, %s: median %.2f ms, p99 %.2f ms (%d runs after 50 warm-up)%n",
                    options, nanos[iterations / 2] / 1e6, nanos[(int) (iterations * 0.99)] / 1e6, iterations);
        }
    }
}
