package org.cleartrade.deviceio.dock.android;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SystemPropertiesTest {

    @Test
    void readsBracketedLinesAndIgnoresEverythingElse() {
        SystemProperties props = SystemProperties.parse("""
                [ro.product.model]: [Pixel 8]
                [ro.serialno]: [3A281FDJH00C42]\r
                garbage line
                [broken: [x]
                [ro.empty]: []
                [ro.spaces]: [  padded  ]
                """);
        assertThat(props.get("ro.product.model")).hasValue("Pixel 8");
        assertThat(props.get("ro.serialno")).hasValue("3A281FDJH00C42");
        assertThat(props.get("ro.empty")).isEmpty();
        assertThat(props.get("ro.spaces")).hasValue("padded");
        assertThat(props.get("broken")).isEmpty();
        assertThat(props.size()).isEqualTo(4);
    }

    @Test
    void garbageYieldsNoProperties() {
        assertThat(SystemProperties.parse("\u0000\u00ff\u001b[31mnot getprop").size())
                .isZero();
    }

    @Test
    void firstFallsBackThroughTheKeys() {
        SystemProperties props = SystemProperties.parse("[b]: [2]\n[c]: [3]\n");
        assertThat(props.first("a", "b", "c")).hasValue("2");
        assertThat(props.first("x")).isEmpty();
    }

    @Test
    void formatIsReadBackUnchanged() {
        var map = java.util.Map.of("ro.a", "1", "ro.b", "two words");
        SystemProperties props = SystemProperties.parse(SystemProperties.format(map));
        assertThat(props.get("ro.a")).hasValue("1");
        assertThat(props.get("ro.b")).hasValue("two words");
    }
}
