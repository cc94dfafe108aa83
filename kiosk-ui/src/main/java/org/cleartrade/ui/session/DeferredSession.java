package org.cleartrade.ui.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;

/**
 * Lets the attract screen appear before the ledger has opened: until {@link #connect} it shows a
 * placeholder attract snapshot. The UI's background executor runs the assembly first, so any
 * seller event it carries afterwards finds the real session connected.
 */
public final class DeferredSession implements SessionPort {

    private final SessionSnapshot placeholder;
    private final List<Consumer<SessionSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile SessionPort target;

    public DeferredSession(SessionSnapshot placeholder) {
        this.placeholder = placeholder;
    }

    /** Hands over to the real session; its current snapshot is published at once. */
    public void connect(SessionPort real) {
        target = real;
        real.subscribe(s -> listeners.forEach(l -> l.accept(s)));
        SessionSnapshot now = real.current();
        listeners.forEach(l -> l.accept(now));
    }

    @Override
    public SessionSnapshot current() {
        SessionPort t = target;
        return t == null ? placeholder : t.current();
    }

    @Override
    public void subscribe(Consumer<SessionSnapshot> listener) {
        listeners.add(listener);
    }

    @Override
    public void send(SessionEvent.SellerEvent event) {
        SessionPort t = target;
        if (t == null) {
            throw new IllegalStateException("the kiosk is still starting; " + event.journalName() + " arrived first");
        }
        t.send(event);
    }
}
