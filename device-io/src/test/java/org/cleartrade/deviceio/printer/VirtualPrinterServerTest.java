package org.cleartrade.deviceio.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.cleartrade.ports.printer.MonoBitmap;
import org.cleartrade.ports.printer.PrinterException;
import org.cleartrade.ports.printer.PrinterStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VirtualPrinterServerTest {
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    private final EscPosEmulator emulator = new EscPosEmulator(PaperWidth.MM58);
    private final BlockingQueue<MonoBitmap> cuts = new ArrayBlockingQueue<>(16);
    private VirtualPrinterServer server;
    private EscPosPrinter printer;

    @BeforeEach
    void start() throws IOException {
        emulator.addListener(cuts::add);
        server = VirtualPrinterServer.start(emulator, 0, folder);
        printer = new EscPosPrinter(
                new TcpPrinterTransport("127.0.0.1", server.port(), Duration.ofSeconds(2)),
                new EscPosEncoder(new EscPosOptions(PaperWidth.MM58, true, true)),
                Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        printer.close();
        server.close();
    }

    @Test
    void printsOverTcpAndSavesAPngWhoseQrDecodes() throws Exception {
        printer.print(SampleReceipt.withQr());

        MonoBitmap receipt = nextCut();
        assertThat(QrReading.decode(PaperImages.toImage(receipt))).contains("CT1.");
        Path png = folder.resolve("receipt-0001.png");
        assertThat(png).exists();
        assertThat(QrReading.decode(ImageIO.read(png.toFile())))
                .isEqualTo(QrReading.decode(PaperImages.toImage(receipt)));
        assertThat(emulator.refusals()).isEmpty();
    }

    @Test
    void answersStatusOverTcpForEachFault() {
        for (PrinterStatus fault : new PrinterStatus[] {
            new PrinterStatus(true, true, false, false),
            new PrinterStatus(true, false, false, true),
            new PrinterStatus(false, false, false, false)
        }) {
            emulator.setStatus(fault);
            assertThat(printer.status()).isEqualTo(fault);
            assertThatThrownBy(() -> printer.print(SampleReceipt.withQr()))
                    .isInstanceOfSatisfying(
                            PrinterException.class, e -> assertThat(e.status()).isEqualTo(fault));
        }
        assertThat(cuts).isEmpty();
    }

    @Test
    void reportsATruncatedStreamAndKeepsServing() throws Exception {
        byte[] job = new EscPosEncoder(new EscPosOptions(PaperWidth.MM58, true, false)).encode(SampleReceipt.withQr());
        int middleOfTheQrImage = job.length - 600;
        sendAndClose(java.util.Arrays.copyOf(job, middleOfTheQrImage));

        awaitRefusals(1);
        assertThat(emulator.refusals().get(0).getMessage()).contains("stream ended inside GS 0x76");
        assertThat(cuts).isEmpty();

        printer.print(SampleReceipt.withQr());
        assertThat(QrReading.decode(PaperImages.toImage(nextCut()))).contains("CT1.");
    }

    @Test
    void refusesGarbageWithoutCrashingAndPrintsTheNextJob() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        sendAndClose(garbage);

        awaitRefusals(1);
        assertThat(emulator.refusals().get(0).getMessage()).startsWith("refused");

        printer.print(SampleReceipt.withQr());
        assertThat(QrReading.decode(PaperImages.toImage(nextCut()))).contains("CT1.");
    }

    @Test
    void reportsAPrinterThatIsNotListening() {
        server.close();
        EscPosPrinter nobody = new EscPosPrinter(
                new TcpPrinterTransport("127.0.0.1", server.port(), Duration.ofSeconds(1)),
                new EscPosEncoder(EscPosOptions.native80()),
                Duration.ofSeconds(1));

        assertThatThrownBy(() -> nobody.print(SampleReceipt.withQr()))
                .isInstanceOfSatisfying(
                        PrinterException.class, e -> assertThat(e.status()).isNull())
                .hasMessageContaining("cannot connect to tcp://127.0.0.1:" + server.port());
    }

    private void sendAndClose(byte[] bytes) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
        }
    }

    private MonoBitmap nextCut() throws InterruptedException {
        MonoBitmap cut = cuts.poll(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(cut).as("a receipt cut within " + DEADLINE).isNotNull();
        return cut;
    }

    private void awaitRefusals(int count) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (emulator.refusals().size() < count && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertThat(emulator.refusals()).as("refusals within " + DEADLINE).hasSizeGreaterThanOrEqualTo(count);
    }
}
