package org.cleartrade.ui.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.session.SessionPort;

/**
 * One kiosk seat for view-model tests: a {@link MachineSession} at a time, and a fresh one for the
 * next seller, exactly as the kiosk hands its screen from one session to the next. Each session
 * plays the same path, so its phases are entered at the same sequence numbers as the last one's.
 */
public final class MachineSeat implements SessionPort {

    private final String jurisdiction;
    private final List<Consumer<SessionSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private MachineSession current;
    private int sellers;

    public MachineSeat(String jurisdiction) {
        this.jurisdiction = jurisdiction;
        this.current = start();
    }

    /** The seller now at the kiosk. */
    public MachineSession seller() {
        return current;
    }

    /** The next seller walks up: a new session on the attract screen. */
    public MachineSession next() {
        current = start();
        SessionSnapshot first = current.current();
        listeners.forEach(l -> l.accept(first));
        return current;
    }

    private MachineSession start() {
        MachineSession session = new MachineSession(jurisdiction, String.format("seat-session-%04d", ++sellers));
        session.subscribe(s -> {
            if (session == current) {
                listeners.forEach(l -> l.accept(s));
            }
        });
        return session;
    }

    @Override
    public SessionSnapshot current() {
        return current.current();
    }

    @Override
    public void subscribe(Consumer<SessionSnapshot> listener) {
        listeners.add(listener);
    }

    @Override
    public void send(SessionEvent.SellerEvent event) {
        current.send(event);
    }
}
