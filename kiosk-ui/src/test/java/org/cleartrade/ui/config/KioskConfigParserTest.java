package org.cleartrade.ui.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.cleartrade.ui.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KioskConfigParserTest {

    private final KioskConfigParser parser = new KioskConfigParser(Map.of(), Path.of("/home/seller"));

    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return p;
    }

    @Test
    void withNoFileTheKioskIsAFullySimulatedDemo() {
        KioskConfig c = parser.defaults();

        assertThat(c.mode()).isEqualTo(KioskConfig.Mode.DEMO);
        assertThat(c.allSimulated()).isTrue();
        assertThat(c.dataDir()).isEqualTo(Path.of("/home/seller/.local/share/cleartrade"));
        assertThat(c.speech()).isFalse();
        assertThat(c.language()).isEmpty();
    }

    @Test
    void followsXdgDataHome() {
        KioskConfig c = new KioskConfigParser(Map.of("XDG_DATA_HOME", "/data"), Path.of("/home/x")).defaults();

        assertThat(c.dataDir()).isEqualTo(Path.of("/data/cleartrade"));
    }

    @Test
    void readsEveryDeviceDriverAndItsSettings(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "kiosk.mode=kiosk",
                        "kiosk.language=zh-CN",
                        "dock.driver=adb",
                        "dock.helperApk=/opt/cleartrade/helper.apk",
                        "latch.driver=modbus",
                        "latch.serialPort=/dev/ttyUSB0",
                        "printer.driver=escpos-tcp",
                        "printer.host=10.0.0.9"));

        KioskConfig c = parser.read(file);

        assertThat(c.mode()).isEqualTo(KioskConfig.Mode.KIOSK);
        assertThat(c.language()).contains(Language.CHINESE);
        assertThat(c.dock()).isEqualTo(KioskConfig.DockDriver.ADB);
        assertThat(c.helperApk()).contains(Path.of("/opt/cleartrade/helper.apk"));
        assertThat(c.latch()).isEqualTo(KioskConfig.LatchDriver.MODBUS);
        assertThat(c.latchSerialPort()).isEqualTo("/dev/ttyUSB0");
        assertThat(c.printer()).isEqualTo(KioskConfig.PrinterDriver.ESCPOS_TCP);
        assertThat(c.allSimulated()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "dock.driver|usb|dock.driver: bad value 'usb'; expected one of [adb, simulated]",
                "printer.port|99999|printer.port: bad value '99999'; expected 1..65535",
                "latch.unitId|soon|latch.unitId: bad value 'soon'",
                "kiosk.speech|maybe|kiosk.speech: bad value 'maybe'; expected on or off",
                "kiosk.language|fr|kiosk.language: bad value 'fr'",
                "kiosk.jurisdiction|US-NY|kiosk.jurisdiction: bad value 'US-NY'",
                "dock.drvier|adb|dock.drvier: unknown key",
                "kiosk.id|kiosk number 7|kiosk.id: bad value 'kiosk number 7'"
            })
    void aBadValueIsAnErrorNamingItsKey(String key, String value, String message) {
        assertThatThrownBy(() -> parser.parse(props(key, value)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(message)
                .extracting(e -> ((ConfigException) e).key())
                .isEqualTo(key);
    }

    @Test
    void theAdbDockNeedsItsHelperApk() {
        assertThatThrownBy(() -> parser.parse(props("dock.driver", "adb")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("dock.helperApk: required");
    }

    @Test
    void theFleetServiceIsConfiguredByItsOwnKeys() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("backoffice.url", "https://fleet.example.org/api");
        p.setProperty("backoffice.kiosk-id", "SZ-MALL-07");
        p.setProperty("backoffice.fleet-public-key", "MCowBQYDK2VwAyEARl7Xl1qoKu9btfvvXRhb+2ZinuSalbUEhoNSYvwsnwo=");
        p.setProperty("backoffice.state-dir", "/var/lib/cleartrade/backoffice");

        KioskConfig c = parser.parse(p);

        assertThat(c.backOffice())
                .hasValueSatisfying(office -> assertThat(office.kioskId()).isEqualTo("SZ-MALL-07"));
        assertThat(parser.defaults().backOffice()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "backoffice.url|http://fleet.example.org/api|backoffice.url: must be https",
                "backoffice.kiosk-id|kiosk 7|backoffice.kiosk-id: letters, digits",
                "backoffice.fleet-public-key|not-a-key|backoffice.fleet-public-key: ",
                "backoffice.timeout.call|-PT1S|backoffice.timeout.call: "
            })
    void aBadFleetServiceValueNamesItsKey(String key, String value, String message) {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("backoffice.url", "https://fleet.example.org/api");
        p.setProperty("backoffice.kiosk-id", "SZ-MALL-07");
        p.setProperty("backoffice.fleet-public-key", "MCowBQYDK2VwAyEARl7Xl1qoKu9btfvvXRhb+2ZinuSalbUEhoNSYvwsnwo=");
        p.setProperty("backoffice.state-dir", "/var/lib/cleartrade/backoffice");
        p.setProperty(key, value);

        assertThatThrownBy(() -> parser.parse(p))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(message)
                .extracting(e -> ((ConfigException) e).key())
                .isEqualTo(key);
    }

    @Test
    void theRetiredExitPinHashIsAnUnknownKey() {
        assertThatThrownBy(() -> parser.parse(props("kiosk.operatorPinSha256", "a".repeat(64))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("kiosk.operatorPinSha256: unknown key");
    }

    @Test
    void anUnreadableFileIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> parser.read(dir.resolve("missing.properties")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("cannot read");
    }
}
