package org.cleartrade.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cleartrade.core.testing.SessionFixtures.T0;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.cleartrade.core.driver.VirtualTime;
import org.cleartrade.core.jurisdiction.JurisdictionProfile;
import org.cleartrade.core.ledger.LedgerException;
import org.cleartrade.core.testing.InMemoryLedger;
import org.cleartrade.ports.DeviceException;
import org.junit.jupiter.api.Test;

/**
 * A port's failure is an answer the machine handles (a fault the seller sees, an alert staff see);
 * a coding error is not, and is never shown as a broken phone or device.
 */
class EffectExecutorTest {

    private final VirtualTime time = new VirtualTime(T0);
    private final SessionSnapshot snapshot = SessionSnapshot.start("S-E", "US-IL", "en", T0);

    @Test
    void aPortsOwnFailureBecomesTheEventTheMachineExpects() {
        assertThat(certifyingWith(new LedgerException("disk full")))
                .isEqualTo(new SessionEvent.DeviceFailed("LedgerException: disk full"));
        assertThat(certifyingWith(new DeviceException("signing token unplugged")))
                .isEqualTo(new SessionEvent.DeviceFailed("DeviceException: signing token unplugged"));
        assertThat(certifyingWith(new UncheckedIOException("key file", new IOException("gone"))))
                .isEqualTo(new SessionEvent.DeviceFailed("UncheckedIOException: key file"));
        assertThat(certifyingWith(new MissingEvidenceException("the session has no erase acknowledgement")))
                .isEqualTo(new SessionEvent.DeviceFailed(
                        "MissingEvidenceException: the session has no erase acknowledgement"));
    }

    @Test
    void aCodingErrorInAnEffectIsThrownNotTurnedIntoADeviceFailure() {
        IllegalStateException bug = new IllegalStateException("a certificate field out of its range");

        assertThatThrownBy(() -> certifyingWith(bug)).isSameAs(bug);
        NullPointerException npe = new NullPointerException("trade id");
        assertThatThrownBy(() -> certifyingWith(npe)).isSameAs(npe);
    }

    private SessionEvent certifyingWith(RuntimeException failure) {
        EffectExecutor executor = new EffectExecutor(
                SimulatedSessionPorts.with(new InMemoryLedger(4), time, s -> {
                    throw failure;
                }),
                SessionSettings.defaults(),
                time::pause,
                JurisdictionProfile.BlockListOutage.REFUSE);
        return executor.execute(new Effect.IssueCertificate(), snapshot).event();
    }
}
