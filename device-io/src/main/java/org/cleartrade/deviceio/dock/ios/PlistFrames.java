package org.cleartrade.deviceio.dock.ios;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The framing of lockdownd and of the plist services it starts: each message is a 4-byte
 * big-endian length followed by that many bytes of property list.
 *
 * <pre>
 * +--------+--------+--------+--------+------------------------------+
 * | length (u32, big-endian)          | property list (length bytes) |
 * +--------+--------+--------+--------+------------------------------+
 * </pre>
 *
 * A length above {@link #MAX_FRAME} is refused before anything is allocated: the largest real
 * message (an IORegistry answer, a pair record) is a few tens of kilobytes. Stateless.
 */
public final class PlistFrames {

    /** Largest frame accepted, 4 MiB. */
    public static final int MAX_FRAME = 4 << 20;

    private PlistFrames() {}

    public static void write(OutputStream out, PlistMessage message) throws IOException {
        byte[] body = message.toXml();
        byte[] frame = new byte[4 + body.length];
        frame[0] = (byte) (body.length >>> 24);
        frame[1] = (byte) (body.length >>> 16);
        frame[2] = (byte) (body.length >>> 8);
        frame[3] = (byte) body.length;
        System.arraycopy(body, 0, frame, 4, body.length);
        out.write(frame);
        out.flush();
    }

    /**
     * Reads one message.
     *
     * @throws EOFException when the stream ends before a whole frame (the peer closed)
     * @throws IOException when the length is out of range or the body is not a dictionary
     */
    public static PlistMessage read(InputStream in) throws IOException {
        byte[] head = in.readNBytes(4);
        if (head.length < 4) {
            throw new EOFException("connection closed" + (head.length == 0 ? "" : " inside a frame length"));
        }
        long length = ((head[0] & 0xffL) << 24) | ((head[1] & 0xff) << 16) | ((head[2] & 0xff) << 8) | (head[3] & 0xff);
        if (length == 0 || length > MAX_FRAME) {
            throw new IOException("plist frame of " + length + " bytes (allowed 1 to " + MAX_FRAME + ")");
        }
        byte[] body = in.readNBytes((int) length);
        if (body.length < length) {
            throw new EOFException("connection closed after " + body.length + " of " + length + " frame bytes");
        }
        return PlistMessage.parse(body);
    }
}
