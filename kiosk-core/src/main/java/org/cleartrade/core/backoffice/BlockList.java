package org.cleartrade.core.backoffice;

/** Asks the fleet service whether an IMEI is reported lost or stolen. */
public interface BlockList {

    Answer check(String imei);

    sealed interface Answer {
        record Clear() implements Answer {}

        record Blocked(String reason) implements Answer {}

        /** The service could not be asked; the jurisdiction profile decides what happens. */
        record Unreachable(String detail) implements Answer {}
    }
}
