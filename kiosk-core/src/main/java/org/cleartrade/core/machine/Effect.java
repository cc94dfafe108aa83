package org.cleartrade.core.machine;

/**
 * What a step asks the outside world to do once it is committed. Each machine has its own sealed
 * set of effects; this is the one thing the {@link DurableCommit} rule needs to know of them.
 */
public interface Effect {

    /**
     * Whether this effect changes the physical world in a way that cannot be taken back (erase,
     * print, unlatch, lock). Every effect says so itself: a physical effect that defaulted to "no"
     * would run before its decision was on disk.
     */
    boolean physical();
}
