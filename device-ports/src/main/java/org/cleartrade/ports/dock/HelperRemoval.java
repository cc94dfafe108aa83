package org.cleartrade.ports.dock;

import java.util.Objects;

/**
 * The outcome of taking the erase helper off a phone that was not erased: it gave up device
 * ownership and was uninstalled, and the dock read back that it is gone.
 *
 * @param gone true only when the dock observed that the helper is neither installed nor owner
 * @param detail what was observed, in plain words
 */
public record HelperRemoval(boolean gone, String detail) {

    public HelperRemoval {
        Objects.requireNonNull(detail, "detail");
    }

    /** A dock that installs nothing on the phone. */
    public static HelperRemoval nothingInstalled() {
        return new HelperRemoval(true, "nothing was installed on the phone");
    }
}
