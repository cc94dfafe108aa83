package org.cleartrade.deviceio.printer;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * A transport wired straight into an {@link EscPosEmulator} in the same process. The emulator
 * answers synchronously, so a read never needs to wait. It can be "unplugged" to script a printer
 * that stopped answering. Thread-safe.
 */
final class LoopbackTransport implements PrinterTransport {
    private final EscPosEmulator emulator;
    private final Queue<Byte> answers = new ArrayDeque<>();
    private boolean unplugged;

    LoopbackTransport(EscPosEmulator emulator) {
        this.emulator = emulator;
    }

    synchronized void unplug(boolean unplugged) {
        this.unplugged = unplugged;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        synchronized (this) {
            if (unplugged) {
                throw new IOException("virtual printer is unplugged");
            }
        }
        byte[] reply = emulator.receive(bytes);
        synchronized (this) {
            for (byte b : reply) {
                answers.add(b);
            }
        }
    }

    @Override
    public synchronized int read(Duration timeout) throws IOException {
        if (unplugged) {
            throw new IOException("virtual printer is unplugged");
        }
        Byte b = answers.poll();
        return b == null ? -1 : b & 0xFF;
    }

    @Override
    public synchronized void drain() {
        answers.clear();
    }

    @Override
    public String describe() {
        return "virtual:" + emulator.paper().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void close() {
        // Nothing to release; the emulator lives as long as its virtual printer.
    }
}
