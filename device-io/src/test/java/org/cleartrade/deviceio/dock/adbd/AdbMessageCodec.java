package org.cleartrade.deviceio.dock.adbd;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads and writes {@link AdbMessage}s on a stream. A bad magic or a payload above the limit is a
 * {@link IOException} naming what was wrong: the connection cannot be resynchronised after it.
 */
public final class AdbMessageCodec {

    private final DataInputStream in;
    private final OutputStream out;
    private final int maxPayload;

    public AdbMessageCodec(InputStream in, OutputStream out, int maxPayload) {
        this.in = new DataInputStream(in);
        this.out = out;
        this.maxPayload = maxPayload;
    }

    public AdbMessage read() throws IOException {
        byte[] header = new byte[24];
        try {
            in.readFully(header);
        } catch (EOFException e) {
            throw new EOFException("adb peer closed the connection");
        }
        ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        int command = h.getInt();
        int arg0 = h.getInt();
        int arg1 = h.getInt();
        int length = h.getInt();
        h.getInt(); // checksum: not checked, as adb itself stopped checking from version 0x01000001
        int magic = h.getInt();
        if (magic != ~command) {
            throw new IOException("corrupt adb message header: magic " + Integer.toHexString(magic) + " for command "
                    + Integer.toHexString(command));
        }
        if (length < 0 || length > maxPayload) {
            throw new IOException("adb message payload of " + length + " bytes exceeds " + maxPayload);
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        return new AdbMessage(command, arg0, arg1, payload);
    }

    public synchronized void write(AdbMessage message) throws IOException {
        byte[] payload = message.payload();
        int sum = 0;
        for (byte b : payload) {
            sum += b & 0xFF;
        }
        ByteBuffer h = ByteBuffer.allocate(24 + payload.length).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(message.command())
                .putInt(message.arg0())
                .putInt(message.arg1())
                .putInt(payload.length);
        h.putInt(sum).putInt(~message.command()).put(payload);
        out.write(h.array());
        out.flush();
    }
}
