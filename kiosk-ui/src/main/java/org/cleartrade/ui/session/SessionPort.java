package org.cleartrade.ui.session;

import java.util.function.Consumer;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;

/**
 * The seller session as the UI sees it: snapshots out, seller events in. The composition root
 * adapts kiosk-core's session runner to it; tests use a scripted fake.
 *
 * <p>Threading: {@link #send} may block on devices and the ledger, so the UI calls it through its
 * {@code TaskExecutor}, never on the UI thread. Listeners are called on whatever thread published
 * the snapshot.
 */
public interface SessionPort {

    /** The snapshot now. */
    SessionSnapshot current();

    /** Registers a listener for every snapshot published from now on. */
    void subscribe(Consumer<SessionSnapshot> listener);

    /** Hands a seller event to the session. */
    void send(SessionEvent.SellerEvent event);
}
