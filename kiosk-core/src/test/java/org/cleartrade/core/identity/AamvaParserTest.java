package org.cleartrade.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AamvaParserTest {

    @Test
    void readsIssuerVersionAndEveryElement() {
        AamvaRecord r = AamvaParser.parse(SampleLicences.licence("01021990", "01022030", "USA"));

        assertThat(r.issuerId()).isEqualTo("636035");
        assertThat(r.version()).isEqualTo(9);
        assertThat(r.element("DAQ")).contains("D12345678");
        assertThat(r.element("DCS")).contains("SAMPLE");
        assertThat(r.element("DAC")).contains("ALEX");
        assertThat(r.element("DBB")).contains("01021990");
        assertThat(r.element("DCG")).contains("USA");
    }

    @Test
    void toleratesAWedgeScannerThatTurnedLineFeedsIntoCarriageReturns() {
        String wedged = SampleLicences.licence("01021990", "01022030", "USA").replace('\n', '\r');

        assertThat(AamvaParser.parse(wedged).element("DCS")).contains("SAMPLE");
    }

    @Test
    void refusesTextThatIsNotAnAamvaPayload() {
        assertThatThrownBy(() -> AamvaParser.parse("https://example.com/not-an-id"))
                .isInstanceOf(AamvaFormatException.class)
                .hasMessageContaining("no AAMVA header");
        assertThatThrownBy(() -> AamvaParser.parse("")).isInstanceOf(AamvaFormatException.class);
    }

    @Test
    void refusesAHeaderWithNoElements() {
        assertThatThrownBy(() -> AamvaParser.parse("@\n\u001e\rANSI 636035090001DL00310000"))
                .isInstanceOf(AamvaFormatException.class)
                .hasMessageContaining("no data elements");
    }

    @Test
    void refusesAbsurdlyLongInputWithoutEchoingIt() {
        String garbage = "ANSI 636035090001" + "X".repeat(10_000);

        assertThatThrownBy(() -> AamvaParser.parse(garbage))
                .isInstanceOf(AamvaFormatException.class)
                .hasMessageNotContaining("XXXX");
    }

    @Test
    void announcesTheFullLengthOnceTheDesignatorsHaveArrived() {
        String full = SampleLicences.licence("01021990", "01022030", "USA");

        assertThat(AamvaParser.expectedLength(full.substring(0, 10))).isEmpty();
        assertThat(AamvaParser.expectedLength(full.substring(0, 40))).hasValue(full.length());
        assertThat(AamvaParser.expectedLength("hello")).isEmpty();
    }

    @Test
    void recordsNeverPrintTheirPersonalData() {
        AamvaRecord r = AamvaParser.parse(SampleLicences.licence("01021990", "01022030", "USA"));

        assertThat(r.toString()).doesNotContain("SAMPLE").doesNotContain("D12345678");
    }
}
