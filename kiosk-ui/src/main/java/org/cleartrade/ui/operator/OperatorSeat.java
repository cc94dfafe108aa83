package org.cleartrade.ui.operator;

import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.session.RunnerSessions;

/**
 * What staff mode does to the seller's seat: when staff are done, a session that ended waiting for
 * them gives way to the attract screen; when staff finish an interrupted trade on the kiosk, the
 * seat runs its continuation through the seller screens.
 *
 * <p>Threading: called on the background executor; both calls may block on the ledger.
 */
public interface OperatorSeat {

    void afterStaff();

    void continueTrade(SessionSnapshot continuation);

    /** The kiosk's own seat. */
    static OperatorSeat of(RunnerSessions sessions) {
        return new OperatorSeat() {
            @Override
            public void afterStaff() {
                sessions.afterStaff();
            }

            @Override
            public void continueTrade(SessionSnapshot continuation) {
                sessions.continueTrade(continuation);
            }
        };
    }
}
