package org.cleartrade.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleartrade.core.testing.SessionFixtures.T0;

import java.util.Map;
import java.util.Optional;
import org.cleartrade.core.driver.VirtualTime;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.testing.SessionFixtures;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.Platform;
import org.junit.jupiter.api.Test;

/**
 * What the session writes down around the erase: a helper left on the phone is an alert, an IMEI
 * the helper read joins the phone's identity, an erased phone taken back is a ledger fact, and the
 * dock reading a phase was told is the one its snapshot keeps (the dock watch compares against it,
 * so a reading not kept would be reported again at every poll).
 */
class AfterConsentRecordsTest {

    private final VirtualTime time = new VirtualTime(T0);

    private SessionMachine at(Phase phase) {
        return at(phase, SessionFixtures.cleanReport());
    }

    /** Along the happy path to {@code phase}, the dock's inspection reporting {@code inspected}. */
    private SessionMachine at(Phase phase, InspectionReport inspected) {
        SessionMachine m = SessionMachine.start(
                "S-A", JurisdictionProfiles.bundled("US-IL"), SessionSettings.defaults(), time.clock());
        while (m.snapshot().phase() != phase) {
            m.on(
                    m.snapshot().phase() == Phase.INSPECTING
                            ? new SessionEvent.Inspected(inspected)
                            : SessionFixtures.happyNext(m.snapshot(), time.now())
                                    .orElseThrow());
        }
        return m;
    }

    @Test
    void anEraseRefusedWithTheHelperLeftOnThePhoneTellsStaff() {
        Transition t = at(Phase.ERASING).on(new SessionEvent.EraseRefused("account present", true));

        assertThat(t.to().alerts()).extracting(OperatorAlert::kind).contains(OperatorAlert.Kind.HELPER_LEFT_ON_PHONE);
        assertThat(t.to().fault()).map(SessionSnapshot.Fault::reason).contains(FaultReason.HELPER_NOT_REMOVED);
    }

    @Test
    void aGateRefusalWithTheHelperLeftOnThePhoneTellsStaff() {
        Transition t = at(Phase.ERASING)
                .on(new SessionEvent.GateRefused(RefusalReason.PRINTER_UNAVAILABLE, "paper out", true));

        assertThat(t.to().alerts()).extracting(OperatorAlert::kind).contains(OperatorAlert.Kind.HELPER_LEFT_ON_PHONE);
    }

    @Test
    void anAndroidPhoneUnpluggedBeforeItsWipeWasAcknowledgedTellsTheSellerAndStaffTheHelperMayBeOnIt() {
        SessionMachine m = atWithAndroidDock(Phase.ERASING);

        Transition t = m.on(new SessionEvent.PhoneGone("unplugged after the helper became device owner"));

        assertThat(t.to().phase()).isEqualTo(Phase.ENDED);
        assertThat(t.to().fault()).map(SessionSnapshot.Fault::reason).contains(FaultReason.HELPER_NOT_REMOVED);
        assertThat(t.to().alerts()).extracting(OperatorAlert::kind).contains(OperatorAlert.Kind.HELPER_LEFT_ON_PHONE);
        assertThat(t.facts())
                .filteredOn(f -> f instanceof LedgerFact.AlertRaised)
                .extracting(f -> ((LedgerFact.AlertRaised) f).kind())
                .contains(OperatorAlert.Kind.HELPER_LEFT_ON_PHONE.name());
        assertThat(t.facts())
                .filteredOn(f -> f instanceof LedgerFact.Audited a && a.detail().startsWith("PHONE_UNPLUGGED"))
                .as("the unplug stays on the record")
                .hasSize(1);
    }

    @Test
    void aPhoneWhoseEraseInstallsNoHelperUnpluggedMidEraseRaisesNoHelperAlert() {
        Transition t = at(Phase.ERASING).on(new SessionEvent.PhoneGone("unplugged"));

        assertThat(t.to().fault()).map(SessionSnapshot.Fault::reason).contains(FaultReason.PHONE_UNPLUGGED);
        assertThat(t.to().alerts())
                .extracting(OperatorAlert::kind)
                .doesNotContain(OperatorAlert.Kind.HELPER_LEFT_ON_PHONE);
    }

    /** Along the happy path to {@code phase}, the dock reporting an Android phone, as the real docks do. */
    private SessionMachine atWithAndroidDock(Phase phase) {
        SessionMachine m = SessionMachine.start(
                "S-A", JurisdictionProfiles.bundled("US-IL"), SessionSettings.defaults(), time.clock());
        while (m.snapshot().phase() != phase) {
            m.on(
                    m.snapshot().phase() == Phase.AWAIT_PHONE
                            ? new SessionEvent.DockChanged(DockStatus.of(
                                    DockStatus.State.AUTHORIZED, Optional.of(SessionFixtures.SERIAL), Platform.ANDROID))
                            : m.snapshot().phase() == Phase.INSPECTING
                                    ? new SessionEvent.Inspected(SessionFixtures.cleanReport())
                                    : SessionFixtures.happyNext(m.snapshot(), time.now())
                                            .orElseThrow());
        }
        return m;
    }

    @Test
    void anEraseRefusedWithTheHelperGoneRaisesNoHelperAlert() {
        Transition t = at(Phase.ERASING).on(new SessionEvent.EraseRefused("account present", false));

        assertThat(t.to().alerts())
                .extracting(OperatorAlert::kind)
                .doesNotContain(OperatorAlert.Kind.HELPER_LEFT_ON_PHONE);
    }

    @Test
    void theImeiTheHelperReadJoinsTheIdentityOfAPhoneThatHidItsImei() {
        SessionMachine m =
                at(Phase.ERASING, SessionFixtures.report(SessionFixtures.identity(Optional.empty()), Map.of()));
        assertThat(m.snapshot().phone().inspection().orElseThrow().identity().imei())
                .isEmpty();

        Transition t = m.on(new SessionEvent.EraseAcknowledged(
                new EraseAcknowledgement(time.now(), "Factory reset", "helper", "1.0", "ok"),
                Optional.of(new SessionEvent.HelperImei(
                        Optional.of("490154203237518"), Optional.empty(), SessionSnapshot.BlockListResult.CLEAR))));

        assertThat(t.to().phone().inspection().orElseThrow().identity().imei()).contains("490154203237518");
        assertThat(t.to().phone().blockList()).contains(SessionSnapshot.BlockListResult.CLEAR);
    }

    @Test
    void anErasedPhoneTakenBackIsALedgerFactWhenItLeavesTheDock() {
        SessionMachine m = at(Phase.PRINTING_CERTIFICATE);
        m.on(new SessionEvent.Cancel());
        assertThat(m.snapshot().phase()).isEqualTo(Phase.RETURNING_PHONE);

        Transition t = m.on(new SessionEvent.DockChanged(DockStatus.empty()));

        assertThat(t.to().phase()).isEqualTo(Phase.ENDED);
        assertThat(t.facts())
                .contains(new LedgerFact.ErasedPhoneReturned(
                        m.snapshot().trade().tradeId().orElseThrow(), "seller"));
    }

    @Test
    void eachPhaseKeepsTheDockReadingItWasTold() {
        DockStatus unauthorized = SessionFixtures.dock(DockStatus.State.UNAUTHORIZED);

        SessionMachine consent = at(Phase.CONSENT);
        assertThat(consent.on(new SessionEvent.DockChanged(unauthorized))
                        .to()
                        .phone()
                        .dock())
                .isEqualTo(unauthorized);

        SessionMachine returning = at(Phase.OFFER);
        returning.on(new SessionEvent.Decline());
        assertThat(returning
                        .on(new SessionEvent.DockChanged(unauthorized))
                        .to()
                        .phone()
                        .dock())
                .isEqualTo(unauthorized);

        SessionMachine erasing = at(Phase.ERASING);
        assertThat(erasing.on(new SessionEvent.PhoneGone("unplugged"))
                        .to()
                        .phone()
                        .dock())
                .isEqualTo(DockStatus.empty());
    }
}
