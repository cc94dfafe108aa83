package org.cleartrade.ledger.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.core.ledger.Ledger.Durability;
import org.cleartrade.core.ledger.LedgerFact.AlertRaised;
import org.cleartrade.core.ledger.LedgerFact.AlertResolved;
import org.cleartrade.core.ledger.LedgerRefusedException;
import org.cleartrade.ledger.testing.SessionWriter;
import org.cleartrade.ledger.testing.StepClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2LedgerAlertsTest {
    @TempDir
    Path folder;

    private final StepClock clock = StepClock.startingAt("2026-11-23T10:00:00Z");

    private static AlertRaised jam(Instant at) {
        return new AlertRaised(
                "s1#1", "LATCH_JAMMED", "s1", OptionalInt.of(3), Optional.of("T-1"), "bin 3 did not lock", at);
    }

    @Test
    void anAlertStaysOpenAcrossARestartUntilAnOperatorResolvesIt() {
        Instant raisedAt;
        try (H2Ledger ledger = H2Ledger.open(folder, clock)) {
            raisedAt = clock.instant();
            new SessionWriter(ledger, "s1", clock)
                    .step("LockFailed", "OPERATOR_NEEDED", Durability.SYNCED, jam(raisedAt));
        }
        try (H2Ledger ledger = H2Ledger.open(folder, clock)) {
            assertThat(ledger.openAlerts())
                    .containsExactly(new AlertRaised(
                            "s1#1",
                            "LATCH_JAMMED",
                            "s1",
                            OptionalInt.of(3),
                            Optional.of("T-1"),
                            "bin 3 did not lock",
                            raisedAt));

            new SessionWriter(ledger, "ops-1", clock)
                    .step("ResolveAlert", "SIGNED_IN", Durability.SYNCED, new AlertResolved("s1#1", "ann"));

            assertThat(ledger.openAlerts()).isEmpty();
            assertThat(ledger.audit(Instant.EPOCH, clock.instant().plusSeconds(1)))
                    .anySatisfy(link -> assertThat(link.detail()).isEqualTo("alert=s1#1 operator=ann"));
            assertThat(ledger.verifyAuditChain().intact()).isTrue();
        }
    }

    @Test
    void raisingTheSameAlertAgainKeepsTheFirst() {
        try (H2Ledger ledger = H2Ledger.open(folder, clock)) {
            SessionWriter session = new SessionWriter(ledger, "s1", clock);
            Instant first = clock.instant();
            session.step("LockFailed", "OPERATOR_NEEDED", Durability.SYNCED, jam(first));
            session.step("Again", "OPERATOR_NEEDED", Durability.SYNCED, jam(clock.instant()));

            assertThat(ledger.openAlerts()).extracting(AlertRaised::raisedAt).containsExactly(first);
        }
    }

    @Test
    void resolvingAnAlertThatIsNotOpenIsRefusedAndCommitsNothing() {
        try (H2Ledger ledger = H2Ledger.open(folder, clock)) {
            new SessionWriter(ledger, "s1", clock)
                    .step("LockFailed", "OPERATOR_NEEDED", Durability.SYNCED, jam(clock.instant()));
            SessionWriter console = new SessionWriter(ledger, "ops-1", clock);
            console.step("ResolveAlert", "SIGNED_IN", Durability.SYNCED, new AlertResolved("s1#1", "ann"));

            assertThatThrownBy(() -> console.step(
                            "ResolveAlert", "SIGNED_IN", Durability.SYNCED, new AlertResolved("s1#1", "bob")))
                    .isInstanceOf(LedgerRefusedException.class)
                    .hasMessage("no open alert s1#1");
            assertThat(ledger.journal("ops-1")).hasSize(1);
        }
    }
}
