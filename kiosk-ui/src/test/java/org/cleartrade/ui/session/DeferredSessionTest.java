package org.cleartrade.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.testing.MachineSession;
import org.junit.jupiter.api.Test;

class DeferredSessionTest {

    private final DeferredSession deferred =
            new DeferredSession(SessionSnapshot.start("starting", "US-IL", "en", Instant.EPOCH));

    @Test
    void showsThePlaceholderUntilTheRealSessionIsConnected() {
        List<SessionSnapshot> seen = new ArrayList<>();
        deferred.subscribe(seen::add);
        assertThat(deferred.current().sessionId()).isEqualTo("starting");

        MachineSession real = MachineSession.illinois();
        deferred.connect(real);
        deferred.send(new SessionEvent.Start());

        assertThat(seen).extracting(SessionSnapshot::sessionId).containsOnly("session-0001");
        assertThat(deferred.current().phase()).isEqualTo(Phase.CHECKLIST);
    }

    @Test
    void anEventBeforeTheKioskIsReadyIsAnErrorNotASilentLoss() {
        assertThatThrownBy(() -> deferred.send(new SessionEvent.Start()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("still starting");
    }
}
