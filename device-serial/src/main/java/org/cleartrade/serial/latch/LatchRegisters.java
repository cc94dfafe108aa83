package org.cleartrade.serial.latch;

import org.cleartrade.ports.latch.BinStatus;

/**
 * The controller's register map, as documented in {@code docs/protocols/latch-modbus.md}. Bins
 * are numbered from 1 here and in the API; the map counts from 0.
 */
final class LatchRegisters {
    /** Coil per bin: 1 = lock commanded, 0 = unlocked. */
    static final int COIL_LOCK = 0x0000;
    /** Input register per bin: the status word. */
    static final int INPUT_STATUS = 0x0000;
    /** Input register per bin: servo pulse width now commanded, microseconds. */
    static final int INPUT_PULSE_US = 0x0010;
    /** Input register per bin: seconds until auto-relock, 0 when not counting. */
    static final int INPUT_RELOCK_S = 0x0020;
    /** Input registers: version, bin count, reset cause, uptime, CRC errors, frames served. */
    static final int INPUT_INFO = 0x0030;

    static final int INFO_WORDS = 6;
    /** Holding registers: relock timeout (s) then jam time (ms). */
    static final int HOLDING_RELOCK_S = 0x0000;

    /** Holding registers: the unit id (at once), baud rate / 100 and parity (from the next reset). */
    static final int HOLDING_UNIT_ID = 0x0002;

    static final int HOLDING_BAUD_HUNDREDS = 0x0003;
    static final int HOLDING_PARITY = 0x0004;

    static final int HOLDING_LOCK_US = 0x0010;
    static final int HOLDING_UNLOCK_US = 0x0020;

    static final int ST_DOOR_CLOSED = 0x01;
    static final int ST_BOLT_ENGAGED = 0x02;
    static final int ST_OCCUPIED = 0x04;
    static final int ST_JAMMED = 0x08;
    static final int ST_TAMPER = 0x10;
    static final int ST_LOCK_COMMANDED = 0x20;

    static final int EX_ILLEGAL_FUNCTION = 1;
    static final int EX_ILLEGAL_ADDRESS = 2;
    static final int EX_ILLEGAL_VALUE = 3;

    private LatchRegisters() {}

    static BinStatus decode(int bin, int word) {
        return new BinStatus(
                bin,
                (word & ST_DOOR_CLOSED) != 0,
                (word & ST_BOLT_ENGAGED) != 0,
                (word & ST_OCCUPIED) != 0,
                (word & ST_JAMMED) != 0,
                (word & ST_TAMPER) != 0);
    }

    static String exceptionName(int code) {
        return switch (code) {
            case EX_ILLEGAL_FUNCTION -> "illegal function";
            case EX_ILLEGAL_ADDRESS -> "illegal data address";
            case EX_ILLEGAL_VALUE -> "illegal data value";
            default -> "exception " + code;
        };
    }
}
