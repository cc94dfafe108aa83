package org.cleartrade.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cleartrade.core.testing.SessionFixtures.T0;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cleartrade.core.driver.VirtualTime;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.testing.SessionFixtures;
import org.junit.jupiter.api.Test;

class StaffContinuationTest {

    private final VirtualTime time = new VirtualTime(T0);
    private final SessionSettings settings = SessionSettings.defaults();

    /** A seller who let the deposit countdown run out: the erased phone waits on the dock. */
    private SessionSnapshot unclaimed() {
        SessionMachine m = SessionMachine.start("S-1", JurisdictionProfiles.bundled("US-IL"), settings, time.clock());
        while (m.snapshot().phase() != Phase.DEPOSIT) {
            m.on(SessionFixtures.happyNext(m.snapshot(), time.now()).orElseThrow());
        }
        time.pause(Duration.ofMinutes(3));
        m.on(new SessionEvent.Timeout(m.snapshot().phaseEntrySeq()));
        m.on(new SessionEvent.BinChanged(SessionFixtures.bin(1, true, false, false)));
        m.on(new SessionEvent.BinLocked(SessionFixtures.bin(1, true, true, false)));
        assertThat(m.snapshot().phase()).isEqualTo(Phase.OPERATOR_NEEDED);
        return m.snapshot();
    }

    private SessionMachine machine(SessionSnapshot continuation) {
        return new SessionMachine(JurisdictionProfiles.bundled("US-IL"), settings, time.clock(), continuation);
    }

    @Test
    void staffTakeThePhoneInThroughTheSellersOwnBinAndPayThroughTheVoucher() {
        SessionSnapshot next = StaffContinuation.of(
                unclaimed(), "F1-S-1", "ann", StaffContinuation.Step.TAKE_PHONE_IN, Set.of(), time.now());
        SessionMachine m = machine(next);

        Transition resumed = m.on(new SessionEvent.Resumed());

        assertThat(resumed.to().phase()).isEqualTo(Phase.UNLATCHING);
        assertThat(resumed.effects()).containsExactly(new Effect.Unlatch(1));
        assertThat(resumed.durability()).isEqualTo(Ledger.Durability.SYNCED);
        assertThat(resumed.to().trade().finishedBy()).contains("ann");
        List<LedgerFact> facts = new ArrayList<>();
        Optional<SessionEvent> step;
        while ((step = SessionFixtures.happyNext(m.snapshot(), time.now())).isPresent()) {
            facts.addAll(m.on(step.get()).facts());
        }
        assertThat(m.snapshot().phase()).isEqualTo(Phase.COMPLETED);
        assertThat(facts)
                .filteredOn(LedgerFact.SellerPaid.class::isInstance)
                .map(LedgerFact.SellerPaid.class::cast)
                .singleElement()
                .satisfies(paid -> {
                    assertThat(paid.how()).isEqualTo(LedgerFact.SellerPaid.How.VOUCHER_BY_STAFF);
                    assertThat(paid.actor()).isEqualTo("ann");
                });
    }

    @Test
    void anotherBinIsChosenWhenTheSellersBinHoldsAnotherPhoneNow() {
        SessionSnapshot next = StaffContinuation.of(
                unclaimed(), "F1-S-1", "ann", StaffContinuation.Step.TAKE_PHONE_IN, Set.of(1), time.now());

        Transition resumed = machine(next).on(new SessionEvent.Resumed());

        assertThat(resumed.to().phase()).isEqualTo(Phase.CHOOSING_BIN);
        assertThat(resumed.effects()).singleElement().isInstanceOf(Effect.ChooseBin.class);
    }

    @Test
    void refusesWhatTheTradeIsNotReadyFor() {
        SessionSnapshot ended = unclaimed();

        assertThatThrownBy(() -> StaffContinuation.of(
                        ended, "F1-S-1", "ann", StaffContinuation.Step.ISSUE_VOUCHER, Set.of(), time.now()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in a bin");
        SessionMachine running =
                SessionMachine.start("S-2", JurisdictionProfiles.bundled("US-IL"), settings, time.clock());
        assertThatThrownBy(() -> StaffContinuation.of(
                        running.snapshot(),
                        "F1-S-2",
                        "ann",
                        StaffContinuation.Step.TAKE_PHONE_IN,
                        Set.of(),
                        time.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theContinuationKeepsTheSellersReference() {
        assertThat(SellerReference.of(StaffContinuation.sessionId("9f2c41d07b5e4a8c034ab066", "0a1b2c3d")))
                .isEqualTo(SellerReference.of("9f2c41d07b5e4a8c034ab066"));
    }
}
