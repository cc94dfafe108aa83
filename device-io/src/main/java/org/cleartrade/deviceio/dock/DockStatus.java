package org.cleartrade.deviceio.dock;

import java.util.Optional;

/** What the dock sees on its cable. */
public record DockStatus(State state, Optional<String> serial) {

    public enum State {
        /** Nothing plugged in. */
        EMPTY,
        /** A phone is plugged in but the seller has not yet allowed USB debugging. */
        UNAUTHORIZED,
        /** A phone is plugged in and answers. */
        AUTHORIZED,
        /** A phone is present on USB but does not answer (for example rebooting after a reset). */
        OFFLINE
    }

    public static DockStatus empty() {
        return new DockStatus(State.EMPTY, Optional.empty());
    }
}
