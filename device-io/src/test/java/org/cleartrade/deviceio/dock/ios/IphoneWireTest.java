package org.cleartrade.deviceio.dock.ios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two framings: usbmuxd's little-endian packets and lockdown's big-endian plist frames. */
class IphoneWireTest {

    @Test
    void aUsbmuxPacketHasASixteenByteLittleEndianHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UsbmuxPacket.plist(7, PlistMessage.of("MessageType", "ListDevices")).writeTo(out);
        byte[] bytes = out.toByteArray();

        assertThat(HexFormat.of().formatHex(bytes, 4, 16)).isEqualTo("010000000800000007000000");
        int length = (bytes[0] & 0xff) | (bytes[1] & 0xff) << 8 | (bytes[2] & 0xff) << 16 | (bytes[3] & 0xff) << 24;
        assertThat(length).isEqualTo(bytes.length);
        assertThat(new String(bytes, 16, bytes.length - 16, StandardCharsets.UTF_8))
                .startsWith("<?xml")
                .contains("<key>MessageType</key>", "<string>ListDevices</string>");
    }

    @Test
    void packetsAndFramesSurviveBeingReadOneByteAtATime() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UsbmuxPacket.plist(3, PlistMessage.of("MessageType", "Result", "Number", 0))
                .writeTo(out);
        PlistFrames.write(out, PlistMessage.of("Request", "QueryType", "Type", "com.apple.mobile.lockdown"));
        InputStream trickle = trickle(out.toByteArray());

        UsbmuxPacket packet = UsbmuxPacket.readFrom(trickle);
        PlistMessage frame = PlistFrames.read(trickle);

        assertThat(packet.tag()).isEqualTo(3);
        assertThat(packet.message().integer("Number")).hasValue(0);
        assertThat(frame.string("Type")).contains("com.apple.mobile.lockdown");
    }

    @Test
    void aFrameLongerThanTheLimitIsRefusedBeforeReadingIt() {
        byte[] head = {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        assertThatThrownBy(() -> PlistFrames.read(new ByteArrayInputStream(head)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("allowed 1 to " + PlistFrames.MAX_FRAME);
    }

    @Test
    void aPacketLengthShorterThanItsHeaderIsRefused() {
        byte[] bad = new byte[16];
        bad[0] = 8;
        assertThatThrownBy(() -> UsbmuxPacket.readFrom(new ByteArrayInputStream(bad)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("packet length 8");
    }

    @Test
    void aStreamCutInsideAFrameIsAnEndOfFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlistFrames.write(out, PlistMessage.of("Request", "GetValue"));
        byte[] cut = java.util.Arrays.copyOf(out.toByteArray(), out.size() - 5);

        assertThatThrownBy(() -> PlistFrames.read(new ByteArrayInputStream(cut)))
                .isInstanceOf(EOFException.class)
                .hasMessageContaining("frame bytes");
    }

    @Test
    void aBodyThatIsNotAPropertyListOrNotADictionaryIsRefused() {
        assertThatThrownBy(() -> PlistMessage.parse("hello".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a property list");
        byte[] array = ("<?xml version=\"1.0\"?><plist version=\"1.0\"><array><string>x</string></array></plist>")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PlistMessage.parse(array))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a dictionary");
    }

    @Test
    void anExternalEntityInAPlistIsNotFollowed() {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE plist [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<plist version=\"1.0\"><dict><key>a</key><string>&x;</string></dict></plist>")
                .getBytes(StandardCharsets.UTF_8);
        try {
            PlistMessage parsed = PlistMessage.parse(xxe);
            assertThat(parsed.string("a").orElse("")).doesNotContain("root:");
        } catch (IOException refused) {
            assertThat(refused).hasMessageContaining("not a property list");
        }
    }

    @Test
    void typedReadsGiveNothingForAValueOfAnotherType() {
        PlistMessage m = PlistMessage.of(
                "n", 5, "b", true, "s", "x", "d", new byte[] {1}, "list", List.of(PlistMessage.of("k", "v")));

        assertThat(m.string("n")).isEmpty();
        assertThat(m.bool("s")).isEmpty();
        assertThat(m.integer("b")).isEmpty();
        assertThat(m.data("d")).hasValueSatisfying(d -> assertThat(d).containsExactly(1));
        assertThat(m.dicts("list")).extracting(d -> d.string("k").orElse("")).containsExactly("v");
    }

    @Test
    void theConnectPortIsInNetworkByteOrder() {
        assertThat(UsbmuxdClient.swap16(62078)).isEqualTo(0x7ef2);
        assertThat(UsbmuxdClient.swap16(UsbmuxdClient.swap16(49152))).isEqualTo(49152);
    }

    private static InputStream trickle(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(1, len));
            }
        };
    }
}
