package org.cleartrade.ui.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cleartrade.core.operator.OperatorConsole.Phase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceExitTest {

    @TempDir
    Path data;

    private OperatorFixture fixture;
    private ServiceExit exit;

    @BeforeEach
    void setUp() {
        fixture = new OperatorFixture(data);
        exit = new ServiceExit(fixture.station.console());
    }

    @AfterEach
    void theAuditChainStillVerifies() {
        assertThat(fixture.kiosk.ledger().verifyAuditChain().intact()).isTrue();
        fixture.close();
    }

    @Test
    void aTechnicianClosesTheKiosk() {
        assertThat(exit.attempt("ted", OperatorFixture.PIN.toCharArray()))
                .isEqualTo(new ServiceExit.Outcome(true, "kiosk.exit"));
        assertThat(fixture.station.console().snapshot().phase()).isEqualTo(Phase.SIGNED_OUT);
    }

    @Test
    void anOperatorIsRefusedAndSignedStraightOut() {
        assertThat(exit.attempt("ann", OperatorFixture.PIN.toCharArray()))
                .isEqualTo(new ServiceExit.Outcome(false, "permission.denied"));
        assertThat(fixture.station.console().snapshot().phase()).isEqualTo(Phase.SIGNED_OUT);
    }

    @Test
    void wrongPinsLockTheWayOutLikeAnySignIn() {
        exit.attempt("ted", "000000".toCharArray());
        exit.attempt("ted", "000001".toCharArray());
        exit.attempt("ted", "000002".toCharArray());

        assertThat(exit.attempt("ted", OperatorFixture.PIN.toCharArray()))
                .isEqualTo(new ServiceExit.Outcome(false, "signin.locked"));
    }
}
