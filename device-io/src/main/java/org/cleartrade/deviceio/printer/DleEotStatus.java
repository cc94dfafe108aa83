package org.cleartrade.deviceio.printer;

import org.cleartrade.ports.printer.PrinterStatus;

/**
 * The one-byte answers to {@code DLE EOT n}, and how a {@link PrinterStatus} maps onto them.
 * Every answer has bits 1 and 4 set and bits 0 and 7 clear ({@code 0b0xx1_xx10}).
 *
 * <pre>
 *   n=1 printer       bit 3  offline
 *   n=2 offline cause bit 2  cover open      bit 5  stopped by paper end   bit 6  error
 *   n=3 error cause   (always 0x12 here: no cutter or head errors are modelled)
 *   n=4 paper sensor  bits 2,3  roll near end   bits 5,6  roll end
 * </pre>
 *
 * A printer goes offline when its cover opens or its paper ends; "offline" on its own (no cover,
 * no paper cause) is reported with the error bit of n=2 and read back as {@code online=false}.
 */
public final class DleEotStatus {
    private static final int FIXED = 0x12;

    private DleEotStatus() {}

    /** The answer byte a printer in this status sends for {@code DLE EOT function}. */
    public static byte answer(PrinterStatus status, int function) {
        int bits = switch (function) {
            case 1 -> status.canPrint() ? 0 : 0x08;
            case 2 -> (status.coverOpen() ? 0x04 : 0) | (status.paperOut() ? 0x20 : 0) | (status.online() ? 0 : 0x40);
            case 3 -> 0;
            case 4 -> (status.paperNearEnd() || status.paperOut() ? 0x0C : 0) | (status.paperOut() ? 0x60 : 0);
            default -> throw new IllegalArgumentException("DLE EOT function must be 1..4, was " + function);
        };
        return (byte) (FIXED | bits);
    }

    /** Whether a byte has the fixed bits of a status answer. */
    public static boolean isAnswer(int b) {
        return (b & 0x93) == FIXED;
    }

    /** Reads the answers to n=1, n=2 and n=4 back into a status. */
    public static PrinterStatus decode(int printer, int offlineCause, int paperSensor) {
        boolean offline = (printer & 0x08) != 0;
        boolean coverOpen = (offlineCause & 0x04) != 0;
        boolean paperOut = (offlineCause & 0x20) != 0 || (paperSensor & 0x60) != 0;
        boolean error = (offlineCause & 0x40) != 0;
        boolean explained = coverOpen || paperOut;
        boolean online = !error && (!offline || explained);
        boolean nearEnd = (paperSensor & 0x0C) != 0 && !paperOut;
        return new PrinterStatus(online, paperOut, nearEnd, coverOpen);
    }
}
