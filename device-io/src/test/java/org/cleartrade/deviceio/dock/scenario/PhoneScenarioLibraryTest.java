package org.cleartrade.deviceio.dock.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PhoneScenarioLibraryTest {

    private final PhoneScenarioLibrary library = new PhoneScenarioLibrary();

    @Test
    void everyPluggablePhoneLoadsWithATitleAndASerial() {
        assertThat(library.pluggableIds()).hasSizeGreaterThanOrEqualTo(12);
        for (String id : library.pluggableIds()) {
            PhoneScenario scenario = library.scenario(id);
            assertThat(scenario.title()).as(id).isNotBlank();
            assertThat(scenario.property("ro.serialno")).as(id).isNotBlank();
            scenario.resetReturnsAs().ifPresent(library::scenario);
        }
    }

    @Test
    void anIncludedScenarioIsOverriddenCommandByCommand() {
        PhoneScenario frp = library.scenario("galaxy-s23-frp");
        assertThat(frp.property("ro.product.manufacturer")).isEqualTo("samsung");
        assertThat(frp.property("ro.crypto.type")).isEqualTo("file");
        assertThat(frp.commands().get("dumpsys account").stdout()).contains("type=com.google");
        var owner = frp.commands().get("dpm set-device-owner org.cleartrade.wipe/.OwnerReceiver");
        assertThat(owner.exitCode()).hasValue(255);
        assertThat(owner.stdout()).isEmpty();
        assertThat(owner.stderr()).contains("already some accounts");
    }

    @Test
    void trailingBlankLinesOfASectionAreDropped() {
        PhoneScenario s = parser().parse("t", "title: T\n=== stdout: echo\nhello\n\n\n=== props\na=b\n");
        assertThat(s.commands().get("echo").stdout()).isEqualTo("hello\n");
        assertThat(s.property("a")).isEqualTo("b");
    }

    @Test
    void aMissingTitleIsRefusedNamingTheScenario() {
        assertThatThrownBy(() -> parser().parse("broken", "authorization: granted\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken")
                .hasMessageContaining("title");
    }

    @Test
    void aStrayLineIsRefusedNamingItsLineNumber() {
        assertThatThrownBy(() -> parser().parse("broken", "title: T\n=== props\nnot a property\n"))
                .hasMessageContaining("broken line 3");
        assertThatThrownBy(() -> parser().parse("broken", "title: T\n=== shell: x\n"))
                .hasMessageContaining("broken line 2");
    }

    @Test
    void badBehaviourValuesAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> parser().parse("b", "title: T\nauthorization: maybe\n"))
                .hasMessageContaining("'authorization'");
        assertThatThrownBy(() -> parser().parse("b", "title: T\nunplug-after-commands: x\n"))
                .hasMessageContaining("'unplug-after-commands'");
        assertThatThrownBy(() -> parser().parse("b", "title: T\nreset-on: reboot\n"))
                .hasMessageContaining("'reset-returns-as'");
        assertThatThrownBy(() -> parser().parse("b", "title: T\nreset-offline: soon\n"))
                .hasMessageContaining("'reset-offline'");
        assertThatThrownBy(() -> parser().parse("b", "title: T\nusb-debugging: maybe\n"))
                .hasMessageContaining("'usb-debugging'");
    }

    @Test
    void theUsbSerialIsTheSerialNumberUnlessTheScenarioNamesAnother() {
        assertThat(parser().parse("u", "title: T\n=== props\nro.serialno=ABC\n").usbSerial())
                .isEqualTo("ABC");
        assertThat(parser().parse("u", "title: T\nusb-serial: 0123456789ABCDEF\n=== props\nro.serialno=ABC\n")
                        .usbSerial())
                .isEqualTo("0123456789ABCDEF");
    }

    @Test
    void unknownOrSelfIncludingIdsAreRefused() {
        assertThatThrownBy(() -> library.scenario("no-such-phone")).hasMessageContaining("no-such-phone");
        assertThatThrownBy(() -> library.scenario("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    private static PhoneScenarioParser parser() {
        Map<String, PhoneScenario> none = Map.of();
        return new PhoneScenarioParser(none::get);
    }
}
