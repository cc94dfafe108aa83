package org.cleartrade.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one JSON form every kiosk document is written in (docs/formats.md). */
class CompactJsonTest {

    private enum Change {
        BINNED
    }

    @Test
    void writesOneLineWithMembersInTheOrderPut() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", "bin-state");
        document.put("version", 1);
        document.put("seq", 9_000_000_000L);
        document.put("change", Change.BINNED);
        document.put("at", Instant.parse("2026-12-05T09:00:00Z"));
        document.put("operatorId", null);
        document.put("flagged", false);
        document.put("bins", List.of(3, 1));

        assertThat(CompactJson.write(document))
                .isEqualTo("{\"type\":\"bin-state\",\"version\":1,\"seq\":9000000000,\"change\":\"BINNED\","
                        + "\"at\":\"2026-12-05T09:00:00Z\",\"operatorId\":null,\"flagged\":false,\"bins\":[3,1]}");
    }

    @Test
    void escapesWhatJsonRequiresAndTheTwoJavaScriptLineEndsAndKeepsOtherTextAsItIs() {
        assertThat(CompactJson.write(List.of("\"\\\n\r\t\u0001\b\f\u001f\u2028\u2029 数据 ñ/")))
                .isEqualTo("[\"\\\"\\\\\\n\\r\\t\\u0001\\u0008\\u000c\\u001f\\u2028\\u2029 数据 ñ/\"]");
    }

    @Test
    void aValueWithNoJsonFormIsRefusedRatherThanWalkedAsABean() {
        assertThatThrownBy(() -> CompactJson.write(Map.of("amount", 1.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no JSON form for a java.lang.Double");
        assertThatThrownBy(() -> CompactJson.write(Arrays.asList(new Object())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsBackWhatItWrote() {
        String text = CompactJson.write(Map.of("detail", "\"},\"kind\":\"forged\n\u2028\u0000"));

        assertThat(CompactJson.read(text).get("detail").asText()).isEqualTo("\"},\"kind\":\"forged\n\u2028\u0000");
    }

    @Test
    void refusesARepeatedMemberAndTextAfterTheValue() {
        assertThatThrownBy(() -> CompactJson.read("{\"a\":1,\"a\":2}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Duplicate field 'a'");
        assertThatThrownBy(() -> CompactJson.read("{\"a\":1} x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not JSON");
    }
}
