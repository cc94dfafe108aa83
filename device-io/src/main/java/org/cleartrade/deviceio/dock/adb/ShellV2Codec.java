package org.cleartrade.deviceio.dock.adb;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The adb shell protocol v2 framing, used inside a {@code shell,v2,raw:} stream in both
 * directions:
 *
 * <pre>
 * +------+----------------------+------------------+
 * | id   | length (uint32, LE)  | data (length)    |
 * | 1 B  | 4 B                  |                  |
 * +------+----------------------+------------------+
 * id 0 stdin, 1 stdout, 2 stderr, 3 exit (data = 1 byte status), 4 close stdin, 5 window size
 * </pre>
 *
 * {@link Decoder} is incremental: feed it bytes as they arrive, split anywhere, and take the
 * packets completed so far. An unknown id or a length above {@link #MAX_PACKET} is corrupt input.
 */
public final class ShellV2Codec {

    public static final int STDIN = 0;
    public static final int STDOUT = 1;
    public static final int STDERR = 2;
    public static final int EXIT = 3;
    public static final int CLOSE_STDIN = 4;
    public static final int WINDOW_SIZE = 5;
    public static final int MAX_PACKET = 1024 * 1024;

    private ShellV2Codec() {}

    /** One packet. */
    public record Packet(int id, byte[] data) {}

    public static byte[] encode(int id, byte[] data) {
        ByteBuffer out = ByteBuffer.allocate(5 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) id).putInt(data.length).put(data);
        return out.array();
    }

    /** Thrown for bytes that cannot be shell v2 packets. */
    public static final class CorruptStreamException extends Exception {
        private static final long serialVersionUID = 1L;

        CorruptStreamException(String message) {
            super(message);
        }
    }

    /** Incremental decoder; not thread-safe. */
    public static final class Decoder {
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        public List<Packet> feed(byte[] bytes, int offset, int length) throws CorruptStreamException {
            pending.write(bytes, offset, length);
            byte[] buf = pending.toByteArray();
            List<Packet> packets = new ArrayList<>();
            int pos = 0;
            while (buf.length - pos >= 5) {
                int id = buf[pos] & 0xFF;
                if (id > WINDOW_SIZE) {
                    throw new CorruptStreamException("unknown shell v2 packet id " + id);
                }
                long len = ByteBuffer.wrap(buf, pos + 1, 4)
                                .order(ByteOrder.LITTLE_ENDIAN)
                                .getInt()
                        & 0xFFFFFFFFL;
                if (len > MAX_PACKET) {
                    throw new CorruptStreamException("shell v2 packet of " + len + " bytes exceeds " + MAX_PACKET);
                }
                if (buf.length - pos - 5 < len) {
                    break;
                }
                byte[] data = new byte[(int) len];
                System.arraycopy(buf, pos + 5, data, 0, (int) len);
                packets.add(new Packet(id, data));
                pos += 5 + (int) len;
            }
            pending.reset();
            pending.write(buf, pos, buf.length - pos);
            return packets;
        }

        /** Bytes of an incomplete packet still held. */
        public int buffered() {
            return pending.size();
        }
    }
}
