package org.cleartrade.deviceio.dock.adbd;

import java.nio.charset.StandardCharsets;

/**
 * One adb transport message (adb's protocol.txt): a 24-byte little-endian header
 *
 * <pre>
 * command | arg0 | arg1 | data_length | data_crc32 (byte sum) | magic (command ^ 0xffffffff)
 * </pre>
 *
 * followed by {@code data_length} payload bytes.
 */
public record AdbMessage(int command, int arg0, int arg1, byte[] payload) {

    public static final int CNXN = 0x4e584e43;
    public static final int AUTH = 0x48545541;
    public static final int OPEN = 0x4e45504f;
    public static final int OKAY = 0x59414b4f;
    public static final int CLSE = 0x45534c43;
    public static final int WRTE = 0x45545257;

    /** AUTH arg0: a random token the other side must sign. */
    public static final int AUTH_TOKEN = 1;
    /** AUTH arg0: the token signed with a private key. */
    public static final int AUTH_SIGNATURE = 2;
    /** AUTH arg0: a public key, for the user to accept. */
    public static final int AUTH_RSAPUBLICKEY = 3;

    public static final int VERSION = 0x01000001;

    public AdbMessage {
        payload = payload == null ? new byte[0] : payload;
    }

    public String payloadText() {
        String text = new String(payload, StandardCharsets.UTF_8);
        int nul = text.indexOf('\0');
        return nul >= 0 ? text.substring(0, nul) : text;
    }

    public static String name(int command) {
        return new String(
                new byte[] {(byte) command, (byte) (command >> 8), (byte) (command >> 16), (byte) (command >> 24)},
                StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return name(command) + "(" + Integer.toHexString(arg0) + ", " + Integer.toHexString(arg1) + ", "
                + payload.length + " B)";
    }
}
