package org.cleartrade.deviceio.printer;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Two connected pseudo-terminals made by {@code socat}: the driver opens {@link #host()} as it
 * would {@code /dev/usb/lp0} or {@code /dev/ttyUSB0}; a thread serves an {@link EscPosEmulator}
 * on the other end. Closing kills socat, which ends the serving thread.
 */
public final class PtyPair implements AutoCloseable {
    private final Process socat;
    private final Path host;
    private final Thread peer;

    public PtyPair(Path folder, EscPosEmulator emulator) throws IOException, InterruptedException {
        host = folder.resolve("printer");
        Path device = folder.resolve("device");
        try {
            socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + host, "pty,raw,echo=0,link=" + device)
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("socat.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "socat is required for the printer's pty tests: install the Debian package 'socat'", e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!(Files.exists(host) && Files.exists(device))) {
            if (System.nanoTime() > deadline || !socat.isAlive()) {
                socat.destroyForcibly();
                throw new IllegalStateException("socat did not create the pty pair within 5 s");
            }
            Thread.sleep(10);
        }
        FileInputStream in = new FileInputStream(device.toFile());
        FileOutputStream out = new FileOutputStream(device.toFile());
        peer = new Thread(() -> serve(in, out, emulator), "pty-printer");
        peer.setDaemon(true);
        peer.start();
    }

    public Path host() {
        return host;
    }

    private static void serve(FileInputStream in, FileOutputStream out, EscPosEmulator emulator) {
        byte[] buffer = new byte[4096];
        try (in;
                out) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                byte[] answers = emulator.receive(buffer, 0, n);
                if (answers.length > 0) {
                    out.write(answers);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // socat went away: the test is over.
        }
    }

    @Override
    public void close() throws InterruptedException {
        socat.destroy();
        if (!socat.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
            socat.destroyForcibly();
        }
        peer.join(5_000);
    }
}
