package org.cleartrade.deviceio.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrinterConfigTest {

    @Test
    void defaultsToTheVirtual80MillimetrePrinter() {
        PrinterConfig config = PrinterConfig.from(Map.of());

        assertThat(config.transport()).isEqualTo("virtual");
        assertThat(config.options()).isEqualTo(EscPosOptions.native80());
        assertThat(config.open()).isInstanceOf(VirtualPrinter.class);
    }

    @Test
    void readsATcpPrinterWithRasterFallbacks() {
        PrinterConfig config = PrinterConfig.from(Map.of(
                "printer.transport", "tcp",
                "printer.host", "10.0.0.7",
                "printer.paper", "58",
                "printer.cjk", "raster",
                "printer.qr", "raster"));

        assertThat(config.port()).isEqualTo(9100);
        assertThat(config.options()).isEqualTo(new EscPosOptions(PaperWidth.MM58, false, false));
        assertThat(config.open()).isInstanceOf(EscPosPrinter.class);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "printer.transport, bluetooth, printer.transport must be one of",
        "printer.paper, 76, printer.paper",
        "printer.port, 70000, printer.port must be a whole number 1..65535",
        "printer.baud, fast, printer.baud must be a whole number",
        "printer.cjk, maybe, printer.cjk must be one of",
        "printer.timeout-ms, 0, printer.timeout-ms"
    })
    void namesTheKeyOfABadValue(String key, String value, String message) {
        assertThatThrownBy(() -> PrinterConfig.from(Map.of(key, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void requiresAHostForTcp() {
        assertThatThrownBy(() -> PrinterConfig.from(Map.of("printer.transport", "tcp")))
                .hasMessageContaining("printer.host is required");
    }
}
