package org.cleartrade.deviceio.dock.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cleartrade.deviceio.dock.ScenarioExpectations;
import org.cleartrade.deviceio.dock.android.HelperApk;
import org.cleartrade.deviceio.dock.scenario.PhoneScenario;
import org.cleartrade.deviceio.dock.scenario.PhoneScenarioLibrary;
import org.cleartrade.deviceio.dock.scenario.PhoneScenarioParser;
import org.cleartrade.deviceio.testing.MutableClock;
import org.cleartrade.ports.dock.DockStatus.State;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.ErasePreparation;
import org.cleartrade.ports.dock.EraseRefusedException;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.HelperRemoval;
import org.cleartrade.ports.dock.PhoneGoneException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SimulatedPhoneDockTest {

    static final HelperApk APK = new HelperApk(new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0}, "1.1.0");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final SimulatedPhoneDock dock =
            new SimulatedPhoneDock(new PhoneScenarioLibrary(), clock, clock::advance, Optional.of(APK));

    static ScenarioExpectations[] scenarios() {
        return ScenarioExpectations.all();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void inspectsEachScenarioThroughTheRealParsers(ScenarioExpectations expected) {
        dock.plug(expected.scenarioId());
        assertThat(dock.status().state()).isEqualTo(State.AUTHORIZED);
        expected.assertMatches(dock.inspect());
    }

    @Test
    void theHelperReadsTheImeisAndroidHidesFromTheShellWithoutErasingAnything() {
        dock.plug("galaxy-a35-imei-hidden");
        assertThat(dock.identify().imei()).isEmpty();

        ErasePreparation prepared = dock.prepareErase();

        assertThat(prepared.imeis()).containsExactly("352609123456784", "352609123456792");
        assertThat(dock.status().state()).as("nothing erased").isEqualTo(State.AUTHORIZED);
        assertThat(dock.lastPhoneState().orElseThrow().helperOwner()).isTrue();
    }

    @Test
    void removingTheHelperTakesOwnershipAwayUninstallsItAndReadsBackThatItIsGone() {
        dock.plug("galaxy-a35-imei-hidden");
        dock.prepareErase();

        HelperRemoval removal = dock.removeHelper();

        assertThat(removal.gone()).as(removal.detail()).isTrue();
        assertThat(removal.detail()).contains("device ownership removed", "uninstalled", "not installed, not owner");
        assertThat(dock.lastPhoneState().orElseThrow().installed()).isEmpty();
        assertThat(dock.lastPhoneState().orElseThrow().helperOwner()).isFalse();
        assertThat(dock.removeHelper().gone()).as("again: nothing to remove").isTrue();
    }

    @Test
    void aWipeBroadcastTheRomHoldsBackIsARefusalAndTheHelperStillComesOff() {
        dock.plug("redmi-note-8-pro-wipe-held");
        assertThat(dock.prepareErase().imeis())
                .as("the IMEI broadcast is held back too")
                .isEmpty();

        assertThatThrownBy(dock::erase)
                .isInstanceOf(EraseRefusedException.class)
                .hasMessageContaining("Broadcast completed: result=0");
        assertThat(dock.removeHelper().gone()).isTrue();
        assertThat(dock.lastPhoneState().orElseThrow().installed()).isEmpty();
        assertThat(dock.status().state()).isEqualTo(State.AUTHORIZED);
    }

    @Test
    void aHelperThatCannotBeCheckedBecauseThePhoneLeftIsNotReportedGone() {
        dock.plug("galaxy-a35-imei-hidden");
        dock.prepareErase();
        dock.unplug();

        HelperRemoval removal = dock.removeHelper();

        assertThat(removal.gone()).isFalse();
        assertThat(dock.lastPhoneState().orElseThrow().installed()).contains(HelperApk.PACKAGE);
    }

    @Test
    void theMethodLineSaysWhatThePhoneReportedAndNeverCallsAnUnencryptedEraseCryptographic() {
        dock.plug("pixel-8-clean");
        assertThat(dock.erase().method())
                .isEqualTo("Factory reset by DevicePolicyManager.wipeDevice(0) on Android 14; file-based encryption:"
                        + " the reset destroys the keys of the user data, a cryptographic erase");
        dock.plug("nokia-1-unencrypted");
        String method = dock.erase().method();
        assertThat(method)
                .startsWith("Factory reset by DevicePolicyManager.wipeData(0) on Android 9; storage not encrypted")
                .doesNotContainIgnoringCase("cryptographic")
                .doesNotContainIgnoringCase("purge");
    }

    @Test
    void anEmptyDockSaysSoAndRefusesToInspect() {
        assertThat(dock.status().state()).isEqualTo(State.EMPTY);
        assertThat(dock.status().showsUsbDebuggingOff()).isFalse();
        assertThatThrownBy(dock::inspect).isInstanceOf(PhoneGoneException.class);
    }

    @Test
    void anUnauthorizedPhoneAnswersOnlyAfterTheSellerTapsAllow() {
        dock.plug("pixel-7-unauthorized");
        assertThat(dock.status().state()).isEqualTo(State.UNAUTHORIZED);
        assertThat(dock.status().serial()).hasValue("28201FDH2002X1");
        assertThatThrownBy(dock::identify).isInstanceOf(PhoneGoneException.class);
        dock.authorize();
        assertThat(dock.status().state()).isEqualTo(State.AUTHORIZED);
        assertThat(dock.identify().model()).isEqualTo("Pixel 7");
    }

    @Test
    void aPhonePulledOutMidInspectionRaisesPhoneGoneAndLeavesTheDockEmpty() {
        dock.plug("redmi-note-12-unplugged");
        assertThatThrownBy(dock::inspect).isInstanceOf(PhoneGoneException.class).hasMessageContaining("unplugged");
        assertThat(dock.status().state()).isEqualTo(State.EMPTY);
    }

    @Test
    void eraseIsAcknowledgedThenThePhoneReturnsFreshWithTheSameSerial() {
        dock.plug("pixel-8-clean");
        EraseAcknowledgement ack = dock.erase();
        assertThat(ack.toolVersion()).isEqualTo("1.1.0");
        assertThat(ack.evidence()).contains("WIPE_ACCEPTED");
        assertThat(dock.status().state()).isEqualTo(State.OFFLINE);

        EraseVerification verification = dock.verifyErased("3A281FDJH00C42", Duration.ofSeconds(30));

        assertThat(verification.verified()).as(verification.detail()).isTrue();
        assertThat(verification.detail()).contains("same serial", "setup wizard not completed", "no accounts");
        assertThat(verification.at()).isAfterOrEqualTo(ack.at().plusSeconds(2));
    }

    @Test
    void aPhoneReturningWithDebuggingOffIsVerifiedOnlyByItsSerial() {
        dock.plug("pixel-7a-reset-adb-off");
        dock.erase();
        EraseVerification verification = dock.verifyErased("35011JEHN17403", Duration.ofSeconds(30));
        assertThat(verification.verified()).isTrue();
        assertThat(verification.method()).contains("setup state not readable");
        assertThat(dock.status().state()).as("gone from adb").isEqualTo(State.EMPTY);
        assertThat(dock.status().showsUsbDebuggingOff())
                .as("on USB without adb")
                .isTrue();
        assertThat(dock.onUsb("35011JEHN17403")).as("on USB").isTrue();
    }

    @Test
    void aPhoneWhoseUsbSerialDiffersIsFoundOnUsbUnderTheSerialItWasInspectedWith() {
        dock.plug(new PhoneScenarioParser(new PhoneScenarioLibrary()::scenario)
                .parse("odd-usb", "title: T\ninclude: pixel-8-clean\nusb-serial: 0123456789ABCDEF\n"));
        String serial = dock.identify().serial();

        assertThat(serial).isEqualTo("3A281FDJH00C42");
        assertThat(dock.onUsb(serial)).isTrue();
        assertThat(dock.onUsb("0000OTHER")).isFalse();
    }

    @Test
    void aPhoneThatNeverReturnsIsNotVerified() {
        dock.plug("pixel-8-clean");
        dock.erase();
        dock.unplug();
        EraseVerification verification = dock.verifyErased("3A281FDJH00C42", Duration.ofSeconds(10));
        assertThat(verification.verified()).isFalse();
        assertThat(verification.detail()).contains("did not come back");
    }

    @Test
    void eraseIsRefusedWhileAnAccountIsSignedIn() {
        dock.plug("galaxy-s23-frp");
        assertThatThrownBy(dock::erase)
                .isInstanceOf(EraseRefusedException.class)
                .hasMessageContaining("already some accounts");
        assertThat(dock.status().state()).isEqualTo(State.AUTHORIZED);
    }

    @Test
    void eraseIsRefusedWhileAnotherDeviceOwnerManagesThePhone() {
        dock.plug("xperia-10-v-mdm");
        assertThatThrownBy(dock::erase)
                .isInstanceOf(EraseRefusedException.class)
                .hasMessageContaining("already set");
    }

    @Test
    void eraseWithoutAHelperApkIsRefusedWithTheReason() {
        SimulatedPhoneDock noHelper =
                new SimulatedPhoneDock(new PhoneScenarioLibrary(), clock, clock::advance, Optional.empty());
        noHelper.plug("pixel-8-clean");
        assertThatThrownBy(noHelper::erase)
                .isInstanceOf(EraseRefusedException.class)
                .hasMessageContaining("helper");
    }

    @Test
    void aPhonePulledOutBeforeAcknowledgingTheWipeIsNeverReportedAsErased() {
        // list-owners, pm path, install, set-device-owner, getprop answer; the cable goes before the wipe broadcast.
        dock.plug(inline("title: T\ninclude: pixel-8-clean\nunplug-after-commands: 5\n"));
        assertThatThrownBy(dock::erase)
                .isInstanceOf(PhoneGoneException.class)
                .hasMessageContaining("whether it started is unknown");
    }

    @Test
    void aHelperThatIsNotDeviceOwnerRefusesTheWipe() {
        dock.plug(inline("title: T\ninclude: pixel-8-clean\n"
                + "=== stdout: am broadcast -a org.cleartrade.wipe.action.WIPE -n org.cleartrade.wipe/.WipeReceiver\n"
                + "Broadcast completed: result=0, data=\"WIPE_REFUSED not device owner\"\n"));
        assertThatThrownBy(dock::erase)
                .isInstanceOf(EraseRefusedException.class)
                .hasMessageContaining("WIPE_REFUSED");
    }

    @Test
    void aGarbledOwnerAnswerIsARefusalNotASuccess() {
        dock.plug(inline("title: T\ninclude: pixel-8-clean\n"
                + "=== stdout: dpm set-device-owner org.cleartrade.wipe/.OwnerReceiver\n\u0000\u00ff garbage\n"));
        assertThatThrownBy(dock::erase).isInstanceOf(EraseRefusedException.class);
    }

    private PhoneScenario inline(String text) {
        PhoneScenarioLibrary library = new PhoneScenarioLibrary();
        return new PhoneScenarioParser(library::scenario).parse("inline", text);
    }
}
