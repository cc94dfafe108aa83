package org.cleartrade.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.ui.tour.SimulatedKiosk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seat hears, once, that its ledger is gone for good, instead of a session that just stops. */
class LedgerFailureOnTheSeatTest {
    @TempDir
    Path data;

    @Test
    void aLedgerClosedUnderTheSeatIsReportedOnceAfterTheRetries() throws InterruptedException {
        SimulatedKiosk kiosk = new SimulatedKiosk(data, "US-IL", ZoneOffset.UTC).start();
        List<String> failures = new CopyOnWriteArrayList<>();
        kiosk.sessions().onLedgerFailed(failures::add);
        kiosk.ledger().close();

        Thread seller = new Thread(() -> kiosk.sessions().send(new SessionEvent.Start()));
        seller.start();
        // The seller's tap blocks until the session answers; the kiosk's clock moves on meanwhile.
        for (int i = 0; i < 400 && seller.isAlive(); i++) {
            kiosk.advance(Duration.ofMillis(250));
            seller.join(10);
        }

        assertThat(seller.isAlive()).isFalse();
        assertThat(failures)
                .singleElement()
                .asString()
                .contains("out of service")
                .contains("closed");
        assertThat(kiosk.sessions().current().phase()).isEqualTo(Phase.ATTRACT);
    }
}
