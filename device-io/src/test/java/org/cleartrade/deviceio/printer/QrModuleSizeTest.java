package org.cleartrade.deviceio.printer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QrModuleSizeTest {

    @ParameterizedTest(name = "version {0} on {1} mm paper: {2} dots a module")
    @CsvSource({
        // version, paper, dots: a bare payload (10), a usual link (13), the largest link (15)
        "10, 58, 5",
        "10, 80, 7",
        "13, 58, 4",
        "13, 80, 6",
        "15, 58, 4",
        "15, 80, 5"
    })
    void aQrModuleIsAtLeastHalfAMillimetreWhileTheSymbolFitsThePaper(int version, int paper, int dots) {
        int modules = 17 + 4 * version;
        PaperWidth width = PaperWidth.ofMillimetres(Integer.toString(paper));

        int moduleDots = EscPosEncoder.qrModuleDots(width, modules);

        assertThat(moduleDots).isEqualTo(dots);
        assertThat((modules + 8) * moduleDots).isLessThanOrEqualTo(width.dots());
    }
}
