package org.cleartrade.ports.latch;

/**
 * What the controller reports for one bin.
 *
 * @param jammed the latch was commanded but its feedback disagrees
 * @param tamper the door was seen open while the latch was locked
 */
public record BinStatus(int bin, boolean doorClosed, boolean locked, boolean occupied, boolean jammed, boolean tamper) {

    /** Locked, door shut, no fault: the only state in which a bin's contents are safe. */
    public boolean secured() {
        return doorClosed && locked && !jammed && !tamper;
    }
}
