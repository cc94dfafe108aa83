package org.cleartrade.deviceio.dock.ios;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * One usbmuxd packet: a 16-byte header of four little-endian u32 fields, then the payload.
 *
 * <pre>
 * +0  length   header + payload, in bytes
 * +4  version  0 binary protocol, 1 plist protocol
 * +8  type     1 result, 2 connect, 3 listen, 4 device added, 5 device removed, 8 plist
 * +12 tag      echoed by the daemon in the reply
 * +16 payload  for type 8, an XML property list
 * </pre>
 *
 * The kiosk speaks only the plist protocol (version 1, type 8), as libusbmuxd does with a current
 * daemon; after a successful {@code Connect} the socket stops carrying packets and carries the
 * device's bytes.
 */
public record UsbmuxPacket(int version, int type, int tag, byte[] payload) {

    public static final int HEADER = 16;
    public static final int VERSION_PLIST = 1;
    public static final int TYPE_PLIST = 8;
    /** Longest packet accepted: a device list or pair record is a few kilobytes. */
    public static final int MAX_LENGTH = 1 << 20;

    public UsbmuxPacket {
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** A plist packet carrying {@code message}. */
    public static UsbmuxPacket plist(int tag, PlistMessage message) {
        return new UsbmuxPacket(VERSION_PLIST, TYPE_PLIST, tag, message.toXml());
    }

    /** The payload as a plist message; a packet of another type is an {@link IOException}. */
    public PlistMessage message() throws IOException {
        if (type != TYPE_PLIST) {
            throw new IOException("usbmuxd sent a packet of type " + type + ", expected a plist (8)");
        }
        return PlistMessage.parse(payload);
    }

    public void writeTo(OutputStream out) throws IOException {
        byte[] frame = new byte[HEADER + payload.length];
        putLe(frame, 0, frame.length);
        putLe(frame, 4, version);
        putLe(frame, 8, type);
        putLe(frame, 12, tag);
        System.arraycopy(payload, 0, frame, HEADER, payload.length);
        out.write(frame);
        out.flush();
    }

    /**
     * Reads one packet.
     *
     * @throws EOFException when the socket closes before a whole packet
     * @throws IOException when the length field is out of range
     */
    public static UsbmuxPacket readFrom(InputStream in) throws IOException {
        byte[] head = in.readNBytes(HEADER);
        if (head.length < HEADER) {
            throw new EOFException("usbmuxd closed the connection" + (head.length == 0 ? "" : " inside a header"));
        }
        long length = le(head, 0);
        if (length < HEADER || length > MAX_LENGTH) {
            throw new IOException(
                    "usbmuxd packet length " + length + " (allowed " + HEADER + " to " + MAX_LENGTH + ")");
        }
        byte[] payload = in.readNBytes((int) length - HEADER);
        if (payload.length < length - HEADER) {
            throw new EOFException("usbmuxd closed the connection inside a packet");
        }
        return new UsbmuxPacket((int) le(head, 4), (int) le(head, 8), (int) le(head, 12), payload);
    }

    private static void putLe(byte[] b, int at, int value) {
        b[at] = (byte) value;
        b[at + 1] = (byte) (value >>> 8);
        b[at + 2] = (byte) (value >>> 16);
        b[at + 3] = (byte) (value >>> 24);
    }

    private static long le(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }
}
