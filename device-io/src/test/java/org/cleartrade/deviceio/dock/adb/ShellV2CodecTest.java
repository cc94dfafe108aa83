package org.cleartrade.deviceio.dock.adb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellV2CodecTest {

    private static byte[] stream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ShellV2Codec.encode(ShellV2Codec.STDOUT, "hello\n".getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(ShellV2Codec.encode(ShellV2Codec.STDERR, "oops\n".getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(ShellV2Codec.encode(ShellV2Codec.EXIT, new byte[] {(byte) 255}));
        return out.toByteArray();
    }

    @Test
    void decodesTheSamePacketsWhereverTheStreamIsSplit() throws Exception {
        byte[] bytes = stream();
        for (int split = 0; split <= bytes.length; split++) {
            ShellV2Codec.Decoder decoder = new ShellV2Codec.Decoder();
            List<ShellV2Codec.Packet> packets = new ArrayList<>(decoder.feed(bytes, 0, split));
            packets.addAll(decoder.feed(bytes, split, bytes.length - split));
            assertThat(packets).extracting(ShellV2Codec.Packet::id).containsExactly(1, 2, 3);
            assertThat(new String(packets.get(0).data(), StandardCharsets.UTF_8))
                    .isEqualTo("hello\n");
            assertThat(packets.get(2).data()[0] & 0xFF).isEqualTo(255);
            assertThat(decoder.buffered()).isZero();
        }
    }

    @Test
    void decodesByteByByte() throws Exception {
        byte[] bytes = stream();
        ShellV2Codec.Decoder decoder = new ShellV2Codec.Decoder();
        int packets = 0;
        for (byte b : bytes) {
            packets += decoder.feed(new byte[] {b}, 0, 1).size();
        }
        assertThat(packets).isEqualTo(3);
    }

    @Test
    void refusesAnUnknownPacketId() {
        byte[] garbage = {9, 0, 0, 0, 0};
        assertThatThrownBy(() -> new ShellV2Codec.Decoder().feed(garbage, 0, garbage.length))
                .isInstanceOf(ShellV2Codec.CorruptStreamException.class)
                .hasMessageContaining("id 9");
    }

    @Test
    void refusesAnAbsurdLength() {
        byte[] garbage = {1, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0x7f};
        assertThatThrownBy(() -> new ShellV2Codec.Decoder().feed(garbage, 0, garbage.length))
                .hasMessageContaining("exceeds");
    }
}
