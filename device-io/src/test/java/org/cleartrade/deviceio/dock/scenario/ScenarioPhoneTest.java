package org.cleartrade.deviceio.dock.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.cleartrade.deviceio.dock.PhoneGoneException;
import org.cleartrade.deviceio.dock.scenario.ScenarioPhone.Presence;
import org.cleartrade.deviceio.testing.MutableClock;
import org.junit.jupiter.api.Test;

class ScenarioPhoneTest {

    private final PhoneScenarioLibrary library = new PhoneScenarioLibrary();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    private ScenarioPhone phone(String id) {
        return new ScenarioPhone(library.scenario(id), clock, library::scenario, "org.cleartrade.wipe");
    }

    @Test
    void answersGetpropFromItsPropertiesAndUnknownCommandsLikeAShell() {
        ScenarioPhone phone = phone("pixel-8-clean");
        assertThat(phone.execute("getprop ro.product.model", new byte[0]).stdout())
                .isEqualTo("Pixel 8\n");
        assertThat(phone.execute("getprop", new byte[0]).stdout()).contains("[ro.serialno]: [3A281FDJH00C42]");
        var unknown = phone.execute("frobnicate --now", new byte[0]);
        assertThat(unknown.exitCode()).hasValue(127);
        assertThat(unknown.stderr()).contains("frobnicate: inaccessible or not found");
    }

    @Test
    void installsOnlyAnApkOfTheAnnouncedSize() {
        ScenarioPhone phone = phone("pixel-8-clean");
        byte[] apk = {'P', 'K', 3, 4, 9};
        assertThat(phone.execute("cmd package install -S 6", apk).stdout()).startsWith("Failure");
        assertThat(phone.execute("cmd package install -S 5", new byte[] {1, 2, 3, 4, 5})
                        .stdout())
                .startsWith("Failure");
        assertThat(phone.execute("pm path org.cleartrade.wipe", new byte[0]).exitCode())
                .hasValue(1);
        assertThat(phone.execute("cmd package install -S 5", apk).stdout()).isEqualTo("Success\n");
        assertThat(phone.execute("pm path org.cleartrade.wipe", new byte[0]).stdout())
                .startsWith("package:");
    }

    @Test
    void resetsAfterTheResetCommandAndReturnsAsTheFreshScenarioWithoutTheHelper() {
        ScenarioPhone phone = phone("pixel-8-clean");
        phone.execute("cmd package install -S 4", new byte[] {'P', 'K', 3, 4});
        phone.execute(library.scenario("pixel-8-clean").resetOn().orElseThrow(), new byte[0]);
        assertThat(phone.presence()).isEqualTo(Presence.RESETTING);
        assertThatThrownBy(() -> phone.execute("getprop", new byte[0])).isInstanceOf(PhoneGoneException.class);

        clock.advance(Duration.ofSeconds(2));

        assertThat(phone.presence()).isEqualTo(Presence.AUTHORIZED);
        assertThat(phone.scenario().id()).isEqualTo("pixel-8-fresh");
        assertThat(phone.execute("settings get secure user_setup_complete", new byte[0])
                        .stdout())
                .isEqualTo("0\n");
        assertThat(phone.execute("pm path org.cleartrade.wipe", new byte[0]).exitCode())
                .hasValue(1);
    }

    @Test
    void aProductionPhoneComesBackFromItsResetOnUsbWithItsSerialButNotOnAdb() {
        ScenarioPhone phone = phone("pixel-7a-reset-adb-off");
        assertThat(phone.usbSerial()).hasValue("35011JEHN17403");
        phone.execute(library.scenario("pixel-7a-reset-adb-off").resetOn().orElseThrow(), new byte[0]);
        assertThat(phone.usbSerial()).isEmpty();

        clock.advance(Duration.ofSeconds(2));

        assertThat(phone.presence()).isEqualTo(Presence.USB_ONLY);
        assertThat(phone.usbSerial()).hasValue("35011JEHN17403");
        phone.authorize();
        assertThat(phone.presence()).isEqualTo(Presence.USB_ONLY);
        assertThatThrownBy(() -> phone.execute("getprop", new byte[0])).isInstanceOf(PhoneGoneException.class);
    }

    @Test
    void isPulledOutInsteadOfAnsweringTheCommandAfterItsLimit() {
        ScenarioPhone phone = phone("redmi-note-12-unplugged");
        for (int i = 0; i < 3; i++) {
            phone.execute("getprop", new byte[0]);
        }
        assertThatThrownBy(() -> phone.execute("getprop", new byte[0])).hasMessageContaining("unplugged");
        assertThat(phone.presence()).isEqualTo(Presence.GONE);
    }

    @Test
    void waitsForTheSellerToAllowDebugging() throws Exception {
        ScenarioPhone phone = phone("pixel-7-unauthorized");
        assertThat(phone.presence()).isEqualTo(Presence.UNAUTHORIZED);
        assertThat(phone.awaitAuthorized(Duration.ZERO)).isFalse();
        phone.authorize();
        assertThat(phone.awaitAuthorized(Duration.ZERO)).isTrue();
    }
}
