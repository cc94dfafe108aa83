package org.cleartrade.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cleartrade.codes.pdf417.ZxingPdf417FrameDecoder;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.RefusalReason;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.ui.demo.DemoIdCard;
import org.cleartrade.ui.exec.CurrentThreadTaskExecutor;
import org.cleartrade.ui.screen.identity.IdentityViewModel;
import org.cleartrade.ui.session.InputClock;
import org.cleartrade.ui.session.SessionModel;
import org.cleartrade.ui.testing.MachineSeat;
import org.cleartrade.ui.testing.UiFixture;
import org.junit.jupiter.api.Test;

class IdentityViewModelTest {

    private final UiFixture ui = UiFixture.illinois();

    private IdentityViewModel atIdentity() {
        ui.machine().toOffer().send(new SessionEvent.Accept());
        assertThat(ui.session().snapshot().phase()).isEqualTo(Phase.IDENTITY);
        return new IdentityViewModel(ui.session(), ui.text(), new ZxingPdf417FrameDecoder());
    }

    @Test
    void aWedgeScanOfAnAdultsLicenceMovesOnToConsent() {
        IdentityViewModel vm = atIdentity();
        String scan = DemoIdCard.payload(LocalDate.of(2026, 11, 23), 34);

        for (char c : scan.toCharArray()) {
            vm.scannerTyped(String.valueOf(c));
        }

        SessionEvent.IdScanned scanned = (SessionEvent.IdScanned)
                ui.machine().sent().get(ui.machine().sent().size() - 1);
        assertThat(scanned.fields()).containsEntry("familyName", "SAMPLE").containsKey("birthDate");
        assertThat(ui.session().snapshot().phase()).isEqualTo(Phase.CONSENT);
    }

    @Test
    void aMinorsLicenceIsRefused() {
        IdentityViewModel vm = atIdentity();

        vm.scannerTyped(DemoIdCard.payload(LocalDate.of(2026, 11, 23), 16));

        assertThat(ui.session().snapshot().refusal()).contains(RefusalReason.UNDERAGE);
    }

    @Test
    void garbageEndedByEndOfTextIsReportedUnreadable() {
        IdentityViewModel vm = atIdentity();

        vm.scannerTyped("not a licence\u0004");

        assertThat(ui.machine().sent()).last().isInstanceOf(SessionEvent.IdUnreadable.class);
        assertThat(ui.session().snapshot().refusal()).contains(RefusalReason.IDENTITY_INCOMPLETE);
    }

    @Test
    void anExpiredLicenceIsRefusedAndTheScreenSaysWhy() {
        IdentityViewModel vm = atIdentity();
        LocalDate today = LocalDate.of(2026, 11, 23);
        String expired = DemoIdCard.payload(today, 34).replace("DBA11232030", "DBA11222026");

        vm.scannerTyped(expired);

        assertThat(ui.session().snapshot().refusal()).contains(RefusalReason.IDENTITY_EXPIRED);
        assertThat(ui.session().snapshot().phase()).isEqualTo(Phase.IDENTITY);
        assertThat(vm.statusProperty().get()).startsWith("This ID has expired.");
    }

    @Test
    void aNameWithADirectionOverrideIsRefusedNotStored() {
        IdentityViewModel vm = atIdentity();
        String spoofed = DemoIdCard.payload(LocalDate.of(2026, 11, 23), 34).replace("DACALEX", "DACAL\u202eX");

        vm.scannerTyped(spoofed);

        assertThat(ui.session().snapshot().refusal()).contains(RefusalReason.IDENTITY_INCOMPLETE);
        assertThat(ui.session().snapshot().phase()).isEqualTo(Phase.IDENTITY);
    }

    @Test
    void strayKeystrokesBeforeAScanDoNotBlockIt() {
        IdentityViewModel vm = atIdentity();
        vm.scannerTyped("q1w2e3r4t5y6 stray keys");

        vm.scannerTyped(DemoIdCard.payload(LocalDate.of(2026, 11, 23), 34));

        assertThat(ui.session().snapshot().phase()).isEqualTo(Phase.CONSENT);
    }

    @Test
    void aCameraFrameWithoutABarcodeIsUnreadable() {
        IdentityViewModel vm = atIdentity();
        int[] grey = new int[320 * 240];
        java.util.Arrays.fill(grey, 0xFF777777);

        vm.cameraFrame(grey, 320, 240);

        assertThat(ui.machine().sent()).last().isInstanceOf(SessionEvent.IdUnreadable.class);
    }

    @Test
    void halfAScanLeftByOneSellerNeverSpoilsTheNextSellersScan() {
        MachineSeat seat = new MachineSeat("US-IL");
        SessionModel session = new SessionModel(seat, new CurrentThreadTaskExecutor(), InputClock.NONE);
        IdentityViewModel vm = new IdentityViewModel(session, ui.text(), new ZxingPdf417FrameDecoder());
        seat.seller().toOffer().send(new SessionEvent.Accept());
        String scan = DemoIdCard.payload(LocalDate.of(2026, 11, 23), 34);
        vm.scannerTyped(scan.substring(0, 40));
        seat.seller().apply(new SessionEvent.Timeout(session.snapshot().phaseEntrySeq()));

        seat.next().toOffer().send(new SessionEvent.Accept());
        assertThat(vm.statusProperty().get()).isEmpty();
        vm.scannerTyped(scan);

        assertThat(seat.seller().sent()).last().isInstanceOf(SessionEvent.IdScanned.class);
        assertThat(session.snapshot().phase()).isEqualTo(Phase.CONSENT);
    }
}
