package org.cleartrade.ui.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.cleartrade.deviceio.printer.EscPosOptions;
import org.cleartrade.deviceio.printer.PaperWidth;
import org.cleartrade.serial.SerialSettings;
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
        assertThat(c.dock().driver()).isEqualTo(DockSettings.Driver.ADB);
        assertThat(c.dock().helperApk()).contains(Path.of("/opt/cleartrade/helper.apk"));
        assertThat(c.dock().iphone()).as("iPhones too, by default").isEqualTo(DockSettings.Iphone.USBMUXD);
        assertThat(c.dock().usbmuxdSocket()).isEqualTo(Path.of("/var/run/usbmuxd"));
        assertThat(c.latch().driver()).isEqualTo(LatchSettings.Driver.MODBUS);
        assertThat(c.latch().serialPort()).isEqualTo("/dev/ttyUSB0");
        assertThat(c.printer().driver()).isEqualTo(PrinterSettings.Driver.ESCPOS_TCP);
        assertThat(c.allSimulated()).isFalse();
    }

    @Test
    void thePrinterSaysItsPaperAndWhatItDrawsItself() {
        KioskConfig c = parser.parse(props(
                "kiosk.mode", "kiosk",
                "printer.driver", "escpos-serial",
                "printer.serialPort", "/dev/cleartrade-printer",
                "printer.baud", "9600",
                "printer.paper", "58",
                "printer.qr", "raster",
                "printer.cjk", "raster"));

        assertThat(c.printer().driver()).isEqualTo(PrinterSettings.Driver.ESCPOS_SERIAL);
        assertThat(c.printer().serialPort()).isEqualTo("/dev/cleartrade-printer");
        assertThat(c.printer().baud()).isEqualTo(9600);
        assertThat(c.printer().options()).isEqualTo(new EscPosOptions(PaperWidth.MM58, false, false));
        assertThat(parser.defaults().printer().options()).isEqualTo(EscPosOptions.native80());
    }

    @Test
    void severalLatchControllersShareOneBusInTheOrderListed() {
        KioskConfig c = parser.parse(props(
                "kiosk.mode", "kiosk",
                "latch.driver", "modbus",
                "latch.serialPort", "/dev/cleartrade-latch",
                "latch.baud", "38400",
                "latch.parity", "none",
                "latch.unitIds", "2, 1"));

        assertThat(c.latch().unitIds()).containsExactly(2, 1);
        assertThat(c.latch().serial())
                .isEqualTo(new SerialSettings("/dev/cleartrade-latch", 38400, 8, SerialSettings.Parity.NONE, 2));
        assertThat(parser.defaults().latch().serial())
                .isEqualTo(new SerialSettings("/dev/ttyACM0", 19200, 8, SerialSettings.Parity.EVEN, 1));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "dock.driver|usb|dock.driver: bad value 'usb'; expected one of [adb, simulated]",
                "dock.iphone|libimobiledevice|dock.iphone: bad value 'libimobiledevice'; expected one of [off, usbmuxd]",
                "printer.port|99999|printer.port: bad value '99999'; expected 1..65535",
                "latch.unitIds|soon|latch.unitIds: bad value 'soon'",
                "latch.unitIds|1,2,1|latch.unitIds: bad value '1,2,1': unit id 1 is listed twice",
                "latch.unitIds|248|latch.unitIds: bad value '248': unit id 248 is not in 1..247",
                "latch.parity|mark|latch.parity: bad value 'mark'; expected one of [even, none, odd]",
                "latch.baud|300|latch.baud: bad value '300': expected one of [9600, 19200, 38400, 57600, 115200]",
                "printer.paper|76|printer.paper: bad value '76'",
                "printer.qr|maybe|printer.qr: bad value 'maybe'; expected one of [native, raster]",
                "latch.unitId|1|latch.unitId: unknown key",
                "kiosk.speech|maybe|kiosk.speech: bad value 'maybe'; expected on or off",
                "kiosk.language|fr|kiosk.language: bad value 'fr'",
                "kiosk.jurisdiction|US-NY|kiosk.jurisdiction: bad value 'US-NY'",
                "dock.drvier|adb|dock.drvier: unknown key",
                "kiosk.id|kiosk number 7|kiosk.id: bad value 'kiosk number 7'",
                "kiosk.dataDir|/tmp/d;INIT=CREATE TABLE PWNED(X INT)\\;--|kiosk.dataDir: bad value",
                "kiosk.dataDir|/tmp/d\u0007x|kiosk.dataDir: bad value",
                "kiosk.location|Mall\u202eevil|kiosk.location: bad value",
                "printer.host|printer;rm -rf|printer.host: bad value",
                "dock.adbHost|a b|dock.adbHost: bad value",
                "latch.serialPort|ttyUSB0|latch.serialPort: bad value",
                "kiosk.verifyUrl|http://fleet.example.com/c|kiosk.verifyUrl: bad value 'http://fleet.example.com/c': https",
                "kiosk.verifyUrl|https://fleet.example.com/c?x=1|kiosk.verifyUrl: bad value",
                "kiosk.verifyUrl|https://fleet.example.com/c#CT:|kiosk.verifyUrl: bad value",
                "kiosk.verifyUrl|fleet.example.com/c|kiosk.verifyUrl: bad value",
                "kiosk.verifyUrl|https://fleet.example.com/averyveryveryveryveryveryveryverylongpath/c|kiosk.verifyUrl: bad"
                        + " value"
            })
    void aBadValueIsAnErrorNamingItsKey(String key, String value, String message) {
        assertThatThrownBy(() -> parser.parse(props(key, value)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(message)
                .extracting(e -> ((ConfigException) e).key())
                .isEqualTo(key);
    }

    @Test
    void thePayoutCounterIsNamedAsGivenOrLeftToTheSellersLanguage() {
        assertThat(parser.parse(props("kiosk.payoutCounter", "Customer service desk, ground floor"))
                        .payoutCounter())
                .contains("Customer service desk, ground floor");
        assertThat(parser.parse(props()).payoutCounter()).isEmpty();
        assertThatThrownBy(() -> parser.parse(props("kiosk.payoutCounter", "desk\u202e")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("kiosk.payoutCounter: bad value");
    }

    @Test
    void aLongLocationIsRefused() {
        assertThatThrownBy(() -> parser.parse(props("kiosk.location", "x".repeat(121))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("kiosk.location: bad value");
    }

    @Test
    void realDevicesWithoutAModeAreAConfigurationError() {
        assertThatThrownBy(() -> parser.parse(props("latch.driver", "modbus")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("kiosk.mode: required when a device is real")
                .extracting(e -> ((ConfigException) e).key())
                .isEqualTo("kiosk.mode");
    }

    @Test
    void demoModeRunsOnSimulatedDevicesOnly() {
        assertThatThrownBy(() -> parser.parse(props("kiosk.mode", "demo", "printer.driver", "escpos-tcp")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("kiosk.mode: demo mode runs on simulated devices only");
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
        assertThat(c.verificationLink().page()).contains("https://fleet.example.org/c");
    }

    @Test
    void theQrCodesOpenTheConfiguredVerificationPageAndHoldTheBareCodeWithoutOne() {
        KioskConfig c = parser.parse(props("kiosk.verifyUrl", "https://verify.example.com/c"));

        assertThat(c.verificationLink().qrText("CT:ABC")).isEqualTo("https://verify.example.com/c#CT:ABC");
        assertThat(parser.defaults().verificationLink().qrText("CT:ABC")).isEqualTo("CT:ABC");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "backoffice.url|http://fleet.example.org/api|backoffice.url: must be https",
                "backoffice.kiosk-id|kiosk 7|backoffice.kiosk-id: letters, digits",
                "backoffice.fleet-public-key|not-a-key|backoffice.fleet-public-key: ",
                "backoffice.timeout.call|-PT1S|backoffice.timeout.call: ",
                "backoffice.api-tokne|secret|backoffice.api-tokne: unknown key",
                "backoffice.price-book.max-future-skew|PT48H|backoffice.price-book.max-future-skew: "
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
    void aMistypedFleetServiceKeyIsUnknown() {
        Properties p = new Properties();
        p.setProperty("backoffice.url", "https://fleet.example.org/api");
        p.setProperty("backoffice.kiosk-id", "SZ-MALL-07");
        p.setProperty("backoffice.fleet-public-key", "MCowBQYDK2VwAyEARl7Xl1qoKu9btfvvXRhb+2ZinuSalbUEhoNSYvwsnwo=");
        p.setProperty("backoffice.state-dir", "/var/lib/cleartrade/backoffice");
        p.setProperty("backoffice.api-tokn", "secret");

        assertThatThrownBy(() -> parser.parse(p))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("backoffice.api-tokn: unknown key");
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
