package org.cleartrade.core.driver;

import org.cleartrade.core.testing.InMemoryLedger;

/**
 * Runs the journey driver against the in-memory ledger:
 * {@code ./mvnw -q -o -pl kiosk-core -am -Pjourneys process-test-classes -Djourneys.args="--journeys 1000"}.
 */
public final class InMemoryJourneys {

    private InMemoryJourneys() {}

    public static void main(String[] args) {
        // Device drivers log every step at INFO; a run of a thousand journeys keeps warnings only.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        for (java.util.logging.Handler h :
                java.util.logging.Logger.getLogger("").getHandlers()) {
            h.setLevel(java.util.logging.Level.WARNING);
        }
        int status = JourneyDriverMain.run(args, InMemoryLedger::new, System.out);
        if (status != 0) {
            System.exit(status);
        }
    }
}
