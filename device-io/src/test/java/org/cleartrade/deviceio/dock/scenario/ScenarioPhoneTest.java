package org.cleartrade.deviceio.dock.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.cleartrade.deviceio.dock.scenario.ScenarioPhone.Presence;
import org.cleartrade.deviceio.testing.MutableClock;
import org.cleartrade.ports.dock.PhoneGoneException;
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

    private static final String OWNER = "dpm set-device-owner org.cleartrade.wipe/.OwnerReceiver";
    private static final String IMEI =
            "am broadcast -a org.cleartrade.wipe.action.READ_IMEI -n org.cleartrade.wipe/.ImeiReceiver";

    @Test
    void installsOnlyAnApkOfTheAnnouncedSize() {
        ScenarioPhone phone = phone("pixel-8-clean");
        byte[] apk = {'P', 'K', 3, 4, 9};
        assertThat(phone.execute("cmd package install -t -S 6", apk).stdout()).startsWith("Failure");
        assertThat(phone.execute("cmd package install -t -S 5", new byte[] {1, 2, 3, 4, 5})
                        .stdout())
                .startsWith("Failure");
        assertThat(phone.execute("pm path org.cleartrade.wipe", new byte[0]).exitCode())
                .hasValue(1);
        assertThat(phone.execute("cmd package install -S 5", apk).stdout())
                .as("the helper is a test-only package: pm wants -t")
                .startsWith("Failure [INSTALL_FAILED_TEST_ONLY");
        assertThat(phone.execute("cmd package install -t -S 5", apk).stdout()).isEqualTo("Success\n");
        assertThat(phone.execute("pm path org.cleartrade.wipe", new byte[0]).stdout())
                .startsWith("package:");
    }

    @Test
    void resetsAfterTheResetCommandAndReturnsAsTheFreshScenarioWithoutTheHelper() {
        ScenarioPhone phone = phone("pixel-8-clean");
        phone.execute("cmd package install -t -S 4", new byte[] {'P', 'K', 3, 4});
        phone.execute("dpm set-device-owner org.cleartrade.wipe/.OwnerReceiver", new byte[0]);
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
        phone.execute("cmd package install -t -S 4", new byte[] {'P', 'K', 3, 4});
        phone.execute("dpm set-device-owner org.cleartrade.wipe/.OwnerReceiver", new byte[0]);
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
    void theHelperBecomesOwnerOnlyOnceInstalledAndThenReadsTheModemsImeis() {
        ScenarioPhone phone = phone("galaxy-a35-imei-hidden");
        assertThat(phone.execute(OWNER, new byte[0]).stderr()).contains("Unknown admin");
        assertThat(phone.execute(IMEI, new byte[0]).stdout()).contains("Broadcast completed: result=0");

        phone.execute("cmd package install -t -S 4", new byte[] {'P', 'K', 3, 4});
        assertThat(phone.execute(IMEI, new byte[0]).stdout())
                .as("installed but not owner: Android 10+ still hides the IMEI")
                .contains("result=0, data=\"IMEI_REFUSED not device owner\"");
        assertThat(phone.execute(OWNER, new byte[0]).stdout()).contains("Success: Device owner set");
        assertThat(phone.execute("dpm list-owners", new byte[0]).stdout())
                .contains("admin=org.cleartrade.wipe/.OwnerReceiver,DeviceOwner");
        assertThat(phone.execute(IMEI, new byte[0]).stdout())
                .contains("result=-1, data=\"IMEI 352609123456784,352609123456792\"");
        assertThat(phone.execute("service call iphonesubinfo 1 s16 com.android.shell", new byte[0])
                        .stdout())
                .as("the shell itself still cannot read it")
                .startsWith("Result: Parcel(\n  0x00000000: ffffffff");
    }

    @Test
    void aDeviceOwnerCannotBeUninstalledUntilAdbRemovesTheTestOnlyAdmin() {
        ScenarioPhone phone = phone("pixel-8-clean");
        phone.execute("cmd package install -t -S 4", new byte[] {'P', 'K', 3, 4});
        phone.execute(OWNER, new byte[0]);

        assertThat(phone.execute("pm uninstall org.cleartrade.wipe", new byte[0])
                        .stdout())
                .isEqualTo("Failure [DELETE_FAILED_DEVICE_POLICY_MANAGER]\n");
        assertThat(phone.execute("dpm remove-active-admin org.cleartrade.wipe/.OwnerReceiver", new byte[0])
                        .stdout())
                .startsWith("Success: Admin removed");
        assertThat(phone.execute("dpm list-owners", new byte[0]).stdout()).isEqualTo("no owners\n");
        assertThat(phone.execute("pm uninstall org.cleartrade.wipe", new byte[0])
                        .stdout())
                .isEqualTo("Success\n");
        assertThat(phone.execute("pm path org.cleartrade.wipe", new byte[0]).exitCode())
                .hasValue(1);
        assertThat(phone.state().installed()).isEmpty();
        assertThat(phone.state().helperOwner()).isFalse();
    }

    @Test
    void aWipeTheHelperDidNotAcceptDoesNotResetThePhone() {
        ScenarioPhone phone = phone("pixel-8-clean");
        phone.execute("cmd package install -t -S 4", new byte[] {'P', 'K', 3, 4});
        String wipe = library.scenario("pixel-8-clean").resetOn().orElseThrow();

        assertThat(phone.execute(wipe, new byte[0]).stdout()).contains("WIPE_REFUSED not device owner");
        assertThat(phone.presence()).isEqualTo(Presence.AUTHORIZED);
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
