package org.cleartrade.deviceio.dock.android;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImeiParcelTest {

    static final String READABLE = """
            Result: Parcel(
              0x00000000: 00000000 0000000f 00350033 00390036 '........3.5.6.9.'
              0x00000010: 00380033 00330030 00360035 00330034 '3.8.0.3.5.6.4.3.'
              0x00000020: 00300038 00000039                   '8.0.9...')
            """;

    @Test
    void decodesTheUtf16StringOfASuccessfulParcel() {
        assertThat(ImeiParcel.parse(READABLE)).hasValue("356938035643809");
    }

    @Test
    void refusesANumberFailingTheLuhnCheck() {
        assertThat(ImeiParcel.parse(READABLE.replace("00000039", "00000038"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Result: Parcel(\n  0x00000000: ffffffff 0000004a 00650052 00750071 '....J...R.e.q.u.')",
                "Result: Parcel(00000000 00000000   '........')",
                "service: Service iphonesubinfo does not exist",
                "Result: Parcel(\n  0x00000000: 00000000 0000000f 00350033 '........3.5.')",
                "Result: Parcel(\n  0x00000000: 00000000 0000000f zzzzzzzz 00390036 '........')",
                "",
                "\u0000\u0001\u0002",
            })
    void anythingButAValidParcelGivesNoImei(String output) {
        assertThat(ImeiParcel.parse(output)).isEmpty();
    }

    @Test
    void validatesImeiCheckDigits() {
        assertThat(ImeiParcel.isValidImei("490154203237518")).isTrue();
        assertThat(ImeiParcel.isValidImei("490154203237519")).isFalse();
        assertThat(ImeiParcel.isValidImei("49015420323751")).isFalse();
        assertThat(ImeiParcel.isValidImei("49015420323751x")).isFalse();
    }
}
