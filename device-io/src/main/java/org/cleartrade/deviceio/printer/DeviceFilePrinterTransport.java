package org.cleartrade.deviceio.printer;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * ESC/POS through a character device such as the Linux USB printer class device
 * {@code /dev/usb/lp0}, which is bidirectional: status answers are read back from the same file.
 *
 * <p>Java cannot read a device file with a timeout, so a daemon reader thread per opening moves
 * incoming bytes into a queue and {@link #read} polls it. After {@link #close()} the thread ends
 * at its next byte or error; bytes it reads after the close are dropped, never handed to the next
 * opening.
 */
public final class DeviceFilePrinterTransport implements PrinterTransport {
    private static final int END = -2;

    private final Path device;
    private FileOutputStream out;
    private volatile BlockingQueue<Integer> incoming;
    private volatile IOException readFailure;

    public DeviceFilePrinterTransport(Path device) {
        this.device = Objects.requireNonNull(device, "device");
    }

    @Override
    public synchronized void write(byte[] bytes) throws IOException {
        open();
        out.write(bytes);
        out.flush();
    }

    @Override
    public synchronized int read(Duration timeout) throws IOException {
        open();
        try {
            Integer b = incoming.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (b == null) {
                return -1;
            }
            if (b == END) {
                IOException failure = readFailure;
                throw failure != null ? failure : new IOException(device + " reached end of file");
            }
            return b;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + device, e);
        }
    }

    @Override
    public synchronized void drain() throws IOException {
        open();
        incoming.removeIf(b -> b != END);
    }

    @Override
    public String describe() {
        return "file://" + device;
    }

    @Override
    public synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // Closing after a failure; the device is dropped either way.
            }
            out = null;
            incoming = null;
        }
    }

    private void open() throws IOException {
        if (out != null) {
            return;
        }
        if (!Files.exists(device)) {
            throw new IOException("printer device " + device + " does not exist (unplugged?)");
        }
        FileInputStream in = new FileInputStream(device.toFile());
        out = new FileOutputStream(device.toFile());
        BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
        incoming = queue;
        Thread reader = new Thread(() -> readInto(in, queue), "printer-reader " + device);
        reader.setDaemon(true);
        reader.start();
    }

    private void readInto(FileInputStream in, BlockingQueue<Integer> queue) {
        try (in) {
            int b;
            while ((b = in.read()) >= 0) {
                if (!isCurrent(queue)) {
                    return;
                }
                queue.add(b);
            }
        } catch (IOException e) {
            readFailure = new IOException("reading " + device + " failed: " + e.getMessage(), e);
        }
        queue.add(END);
    }

    private boolean isCurrent(BlockingQueue<Integer> queue) {
        return incoming == queue;
    }
}
