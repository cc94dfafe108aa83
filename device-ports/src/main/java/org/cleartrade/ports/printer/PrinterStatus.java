package org.cleartrade.ports.printer;

/** The printer's real-time status, as {@code DLE EOT} reports it. */
public record PrinterStatus(boolean online, boolean paperOut, boolean paperNearEnd, boolean coverOpen) {

    public static final PrinterStatus READY = new PrinterStatus(true, false, false, false);

    /** Whether a job sent now would print. Paper near end still prints. */
    public boolean canPrint() {
        return online && !paperOut && !coverOpen;
    }
}
