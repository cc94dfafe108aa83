package org.cleartrade.deviceio.dock.ios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import org.cleartrade.deviceio.dock.IphoneExpectations;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.DockStatus.Prompt;
import org.cleartrade.ports.dock.DockStatus.State;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.EraseRefusedException;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.PhoneDock;
import org.cleartrade.ports.dock.PhoneGoneException;
import org.cleartrade.ports.dock.Platform;
import org.cleartrade.ports.dock.VerificationEvidence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link PhoneDock} contract for iPhones, run against the fake usbmuxd over its Unix socket and
 * against the in-process simulator of demo mode: what the seller sees on the dock, what inspection
 * finds in every shipped scenario, and how an erase is acknowledged, verified or refused.
 */
abstract class IphoneDockContract {

    static final Duration VERIFY = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    IphoneWorld world;
    PhoneDock dock;

    abstract IphoneWorld createWorld(Path directory) throws Exception;

    @BeforeEach
    void openWorld() throws Exception {
        world = createWorld(dir);
        dock = world.dock();
    }

    @AfterEach
    void closeWorld() throws Exception {
        world.close();
    }

    static IphoneExpectations[] scenarios() {
        return IphoneExpectations.all();
    }

    @Test
    void anEmptyCableIsAnEmptyDock() {
        assertThat(dock.status()).isEqualTo(DockStatus.empty());
        assertThatThrownBy(dock::inspect).isInstanceOf(PhoneGoneException.class);
    }

    @Test
    void anIphoneIsRecognisedAtTheFirstReadingBeforeAnyPairing() throws Exception {
        world.plug("iphone-13-clean");

        DockStatus first = dock.status();

        assertThat(first.state()).isEqualTo(State.UNAUTHORIZED);
        assertThat(first.platform()).contains(Platform.IPHONE);
        assertThat(first.prompt()).isEmpty();
        assertThat(world.kioskPairRecords()).isEmpty();
    }

    @Test
    void theSellerIsAskedToTrustAndThePhoneIsAuthorizedOnceTheyDo() throws Exception {
        world.plug("iphone-13-clean");
        assertThat(await(s -> s.prompt().isPresent()).prompt()).contains(Prompt.TRUST);

        world.tapTrust();
        DockStatus trusted = await(s -> s.state() == State.AUTHORIZED);

        assertThat(trusted.serial()).contains("F9KQ2X7LMW");
        assertThat(world.kioskPairRecords()).containsExactly("00008110-001A2C3E0E91801E");
    }

    @Test
    void aLockedPhoneIsAskedToBeUnlockedBeforeItCanBeTrusted() {
        world.plug("iphone-12-passcode-locked");
        assertThat(await(s -> s.prompt().isPresent()).prompt()).contains(Prompt.UNLOCK);

        world.unlock();
        assertThat(await(s -> s.prompt().equals(Optional.of(Prompt.TRUST))).state())
                .isEqualTo(State.UNAUTHORIZED);
        world.tapTrust();

        assertThat(await(s -> s.state() == State.AUTHORIZED).serial()).contains("DX3FQ2LJ0F0N");
    }

    @Test
    void aDeclinedTrustStaysDeclinedUntilThePhoneIsPluggedInAgain() {
        world.plug("iphone-13-clean");
        await(s -> s.prompt().equals(Optional.of(Prompt.TRUST)));

        world.tapDontTrust();
        await(s -> s.prompt().equals(Optional.of(Prompt.TRUST_DECLINED)));
        world.clock().advance(Duration.ofSeconds(5));
        assertThat(await(s -> true).prompt()).contains(Prompt.TRUST_DECLINED);

        world.unplug();
        assertThat(dock.status().state()).isEqualTo(State.EMPTY);
        world.plug("iphone-13-clean");
        assertThat(await(s -> s.prompt().isPresent()).prompt()).contains(Prompt.TRUST);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void inspectsEachScenario(IphoneExpectations expected) {
        plugAndTrust(expected.scenarioId());
        expected.assertMatches(dock.inspect());
    }

    @Test
    void identifyGivesTheSameIdentityAsInspection() {
        plugAndTrust("iphone-13-clean");
        assertThat(dock.identify()).isEqualTo(dock.inspect().identity());
    }

    @Test
    void aPhoneUnpluggedDuringInspectionIsGoneAndItsPairingForgotten() throws Exception {
        plugAndTrust("iphone-13-mini-unplugged");

        assertThatThrownBy(dock::inspect).isInstanceOf(PhoneGoneException.class);

        assertThat(dock.status().state()).isEqualTo(State.EMPTY);
        assertThat(world.kioskPairRecords()).isEmpty();
    }

    @Test
    void unpluggingDeletesThePairRecordsOfTheKioskAndOfUsbmuxd() throws Exception {
        plugAndTrust("iphone-13-clean");
        assertThat(world.kioskPairRecords()).hasSize(1);

        world.unplug();
        dock.status();

        assertThat(world.kioskPairRecords()).isEmpty();
        assertThat(world.daemonPairRecords()).isEmpty();
    }

    @Test
    void aReleasedPhoneLeftOnTheCableKeepsNoPairRecordAndMustBeTrustedAgain() throws Exception {
        plugAndTrust("iphone-13-clean");
        dock.inspect();

        dock.release();

        assertThat(world.kioskPairRecords()).isEmpty();
        assertThat(world.daemonPairRecords()).isEmpty();
        assertThatThrownBy(dock::inspect).isInstanceOf(PhoneGoneException.class);
        assertThat(await(s -> s.prompt().equals(Optional.of(Prompt.TRUST))).state())
                .isEqualTo(State.UNAUTHORIZED);
    }

    @Test
    void theEraseIsAcknowledgedAndTheSamePhoneComesBackUnactivated() throws Exception {
        plugAndTrust("iphone-13-clean");
        dock.inspect();

        EraseAcknowledgement ack = dock.erase();
        assertThat(world.kioskPairRecords())
                .as("the pairing is gone once the erase started")
                .isEmpty();
        EraseVerification verification = dock.verifyErased("F9KQ2X7LMW", VERIFY);

        assertThat(ack.method()).contains("Erase All Content and Settings", "effaceable storage key", "iOS 17.5.1");
        assertThat(ack.evidence()).contains("Acknowledged");
        assertThat(verification.verified()).as(verification.detail()).isTrue();
        assertThat(verification.evidence()).isEqualTo(VerificationEvidence.RETURNED_UNACTIVATED);
        assertThat(verification.detail())
                .contains("00008110-001A2C3E0E91801E", "F9KQ2X7LMW", "Unactivated", "fresh pairing");
        assertThat(world.kioskPairRecords()).isEmpty();
        assertThat(world.daemonPairRecords()).isEmpty();
    }

    @Test
    void theTraySeesTheErasedPhonesSerialWithoutPairingIt() throws Exception {
        plugAndTrust("iphone-13-clean");
        dock.erase();
        dock.verifyErased("F9KQ2X7LMW", VERIFY);

        DockStatus tray = dock.status();

        assertThat(tray.serial()).contains("F9KQ2X7LMW");
        assertThat(tray.state()).isEqualTo(State.UNAUTHORIZED);
        assertThat(world.kioskPairRecords()).isEmpty();
        assertThat(dock.remembersErase("F9KQ2X7LMW")).isTrue();
    }

    @Test
    void anErasedPhoneSetUpAgainIsAskedToTrustLikeAnyOther() {
        plugAndTrust("iphone-13-clean");
        dock.erase();
        dock.verifyErased("F9KQ2X7LMW", VERIFY);
        assertThat(dock.status().serial()).as("still erased in the tray").contains("F9KQ2X7LMW");
        world.unplug();
        dock.status();

        world.plug("iphone-13-clean");
        world.unlock();

        assertThat(await(s -> s.prompt().equals(Optional.of(Prompt.TRUST))).serial())
                .isEmpty();
        assertThat(dock.remembersErase("F9KQ2X7LMW")).isFalse();
    }

    @Test
    void aRefusedEraseIsReportedAndThePhoneStaysAsItWas() {
        plugAndTrust("iphone-15-erase-refused");

        assertThatThrownBy(dock::erase)
                .isInstanceOf(EraseRefusedException.class)
                .hasMessageContaining("CommandFormatError");
        assertThat(dock.status().state()).isEqualTo(State.AUTHORIZED);
        assertThat(dock.remembersErase("L7M2P9XQ4K")).isFalse();
    }

    @Test
    void aPhoneThatNeverComesBackIsNotVerified() {
        plugAndTrust("iphone-11-never-returns");
        dock.erase();

        EraseVerification verification = dock.verifyErased("F2LZK0AKN72J", VERIFY);

        assertThat(verification.verified()).isFalse();
        assertThat(verification.evidence()).isEqualTo(VerificationEvidence.NONE);
        assertThat(verification.detail()).contains("did not come back");
    }

    @Test
    void anotherPhoneOnTheCableAfterTheEraseIsNotVerified() {
        plugAndTrust("iphone-se-returns-other");
        dock.erase();

        EraseVerification verification = dock.verifyErased("G6T9W2H8VN", VERIFY);

        assertThat(verification.verified()).isFalse();
        assertThat(verification.detail()).contains("another iPhone", "00008110-000B72D01E36801E");
    }

    @Test
    void aSerialThisDockNeverErasedIsNotVerified() {
        EraseVerification verification = dock.verifyErased("NOTERASED1", Duration.ofSeconds(1));
        assertThat(verification.verified()).isFalse();
        assertThat(verification.detail()).contains("no erase of serial NOTERASED1");
    }

    /** Plugs the phone in and plays the seller until the dock is authorized. */
    void plugAndTrust(String scenarioId) {
        world.plug(scenarioId);
        world.unlock();
        await(s -> s.prompt().equals(Optional.of(Prompt.TRUST)));
        world.tapTrust();
        await(s -> s.state() == State.AUTHORIZED);
    }

    /** Reads the dock until {@code condition} holds, a second of the kiosk's time apart. */
    DockStatus await(Predicate<DockStatus> condition) {
        DockStatus status = dock.status();
        for (int i = 0; i < 20 && !condition.test(status); i++) {
            world.clock().advance(Duration.ofSeconds(1));
            status = dock.status();
        }
        assertThat(condition.test(status))
                .as("dock never reached the state; last " + status)
                .isTrue();
        return status;
    }
}
