package org.cleartrade.core.readiness;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One thing wrong with the latch or the printer, found by {@link StartupDeviceCheck}.
 *
 * @param bin the bin it concerns; empty for the printer and for the latch controller as a whole
 * @param detail what the device said, in English, for the audit log and the technician
 */
public record DeviceProblem(Kind kind, OptionalInt bin, String detail) {

    public DeviceProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(detail, "detail");
        if (kind.perBin() != bin.isPresent()) {
            throw new IllegalArgumentException(kind + (kind.perBin() ? " needs" : " takes no") + " bin");
        }
    }

    /** Which device a problem is on; staff may trade on past a printer problem, never a latch one. */
    public enum Device {
        LATCH,
        PRINTER
    }

    public enum Kind {
        /** The port did not open or the controller did not answer. */
        LATCH_NOT_ANSWERING(Device.LATCH, false),
        /** The controller answered but one bin's status could not be read. */
        BIN_UNREADABLE(Device.LATCH, true),
        /** The latch was commanded and its feedback disagrees. */
        BIN_JAMMED(Device.LATCH, true),
        /** The door was seen open while the latch was locked. */
        BIN_TAMPERED(Device.LATCH, true),
        /** The printer did not answer its real-time status request. */
        PRINTER_NOT_ANSWERING(Device.PRINTER, false),
        PRINTER_OFFLINE(Device.PRINTER, false),
        PRINTER_PAPER_OUT(Device.PRINTER, false),
        PRINTER_COVER_OPEN(Device.PRINTER, false);

        private final Device device;
        private final boolean perBin;

        Kind(Device device, boolean perBin) {
            this.device = device;
            this.perBin = perBin;
        }

        public Device device() {
            return device;
        }

        boolean perBin() {
            return perBin;
        }
    }

    public Device device() {
        return kind.device();
    }

    /**
     * Whether staff may acknowledge it and trade on: only a printer problem, because a voucher or
     * certificate that does not print stays on the screen. A latch problem must be fixed: the kiosk
     * never erases a phone it cannot lock away.
     */
    public boolean acknowledgeable() {
        return device() == Device.PRINTER;
    }

    /** Names the problem, the same at every check: {@code BIN_JAMMED-2}, {@code PRINTER_PAPER_OUT}. */
    public String key() {
        return bin.isPresent() ? kind.name() + "-" + bin.getAsInt() : kind.name();
    }

    /** The problem in one English line, for the audit log. */
    public String describe() {
        return key() + ": " + detail;
    }
}
