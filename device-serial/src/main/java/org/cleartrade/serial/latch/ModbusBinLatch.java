package org.cleartrade.serial.latch;

import com.ghgande.j2mod.modbus.msg.ExceptionResponse;
import com.ghgande.j2mod.modbus.msg.ModbusRequest;
import com.ghgande.j2mod.modbus.msg.ModbusResponse;
import com.ghgande.j2mod.modbus.msg.ReadInputRegistersRequest;
import com.ghgande.j2mod.modbus.msg.ReadInputRegistersResponse;
import com.ghgande.j2mod.modbus.msg.WriteCoilRequest;
import com.ghgande.j2mod.modbus.msg.WriteMultipleRegistersRequest;
import com.ghgande.j2mod.modbus.msg.WriteSingleRegisterRequest;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import java.time.Duration;
import java.util.Objects;
import org.cleartrade.ports.latch.BinLatch;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.ports.latch.LatchException;

/**
 * One latch controller over Modbus RTU, on a {@link ModbusRtuLine} of its own or shared with other
 * controllers on one RS-485 bus. The register map is in {@code docs/protocols/latch-modbus.md}.
 *
 * <p>Every command is one request and one answer; the line retries garbled or missing answers. An
 * exception answer from the controller is not retried: it is a refusal and becomes a {@link
 * LatchException} saying what was refused.
 *
 * <p>Threading: methods are synchronized, one exchange on the line at a time.
 */
public final class ModbusBinLatch implements BinLatch, AutoCloseable {
    private static final int MAX_BINS = 16;

    private final ModbusRtuLine line;
    private final int unitId;
    private final boolean ownsLine;
    private int binCount;

    /** The one controller of {@code settings}, on a line of its own. */
    public ModbusBinLatch(ModbusLatchSettings settings) {
        this(new ModbusRtuLine(settings), settings.unitId(), true);
    }

    /** The controller with {@code unitId} on a shared line; closing it leaves the line open. */
    public ModbusBinLatch(ModbusRtuLine line, int unitId) {
        this(line, unitId, false);
    }

    private ModbusBinLatch(ModbusRtuLine line, int unitId, boolean ownsLine) {
        this.line = Objects.requireNonNull(line, "line");
        if (unitId < 1 || unitId > 247) {
            throw new IllegalArgumentException("unitId must be 1 to 247, was " + unitId);
        }
        this.unitId = unitId;
        this.ownsLine = ownsLine;
    }

    /** The controller's Modbus address. */
    public int unitId() {
        return unitId;
    }

    @Override
    public synchronized int binCount() {
        if (binCount == 0) {
            int n = readInputs(LatchRegisters.INPUT_INFO + 1, 1, "read the bin count")[0];
            if (n < 1 || n > MAX_BINS) {
                throw new LatchException("latch controller " + unitId + " on " + port() + " reports " + n
                        + " bins; expected 1 to " + MAX_BINS);
            }
            binCount = n;
        }
        return binCount;
    }

    @Override
    public synchronized BinStatus status(int bin) {
        checkBin(bin);
        int word = readInputs(LatchRegisters.INPUT_STATUS + bin - 1, 1, "read bin " + bin)[0];
        return LatchRegisters.decode(bin, word);
    }

    @Override
    public synchronized void unlock(int bin) {
        checkBin(bin);
        int refusal = writeCoil(bin, false, "unlock bin " + bin);
        if (refusal != 0) {
            throw refused("unlock bin " + bin, refusal);
        }
    }

    @Override
    public synchronized void lock(int bin) {
        checkBin(bin);
        int refusal = writeCoil(bin, true, "lock bin " + bin);
        if (refusal == LatchRegisters.EX_ILLEGAL_VALUE && !status(bin).doorClosed()) {
            throw new LatchException("bin " + bin + ": lock refused, the door is open");
        }
        if (refusal != 0) {
            throw refused("lock bin " + bin, refusal);
        }
    }

    /** The servo pulse width the controller now drives for a bin, in microseconds. */
    public synchronized int pulseWidthMicros(int bin) {
        checkBin(bin);
        return readInputs(LatchRegisters.INPUT_PULSE_US + bin - 1, 1, "read the pulse width of bin " + bin)[0];
    }

    /** Seconds until the bin relocks by itself; 0 when the timer is not running. */
    public synchronized int relockSecondsLeft(int bin) {
        checkBin(bin);
        return readInputs(LatchRegisters.INPUT_RELOCK_S + bin - 1, 1, "read the relock timer of bin " + bin)[0];
    }

    public synchronized ControllerInfo info() {
        int[] w = readInputs(LatchRegisters.INPUT_INFO, LatchRegisters.INFO_WORDS, "read the controller info");
        return new ControllerInfo(w[0], w[1], w[2], w[3], w[4], w[5]);
    }

    /**
     * Sets the auto-relock timeout and the jam time in one write (the controller keeps them in
     * EEPROM).
     */
    public synchronized void configure(Duration relockAfter, Duration jamAfter) {
        long relock = relockAfter.toSeconds();
        long jam = jamAfter.toMillis();
        if (relock < 1 || relock > 3600) {
            throw new IllegalArgumentException("relockAfter must be 1 s to 1 h, was " + relockAfter);
        }
        if (jam < 100 || jam > 10_000) {
            throw new IllegalArgumentException("jamAfter must be 100 ms to 10 s, was " + jamAfter);
        }
        Register[] values = {new SimpleRegister((int) relock), new SimpleRegister((int) jam)};
        ModbusResponse r = exchange(
                new WriteMultipleRegistersRequest(LatchRegisters.HOLDING_RELOCK_S, values), "write the timing");
        if (r instanceof ExceptionResponse e) {
            throw refused("write the timing", e.getExceptionCode());
        }
    }

    /**
     * Gives this controller a new Modbus unit id (holding register 0x0002, kept in its EEPROM), for
     * commissioning a controller before it joins a bus with others. The controller answers this
     * request under its old id and from then on only under the new one, which the returned driver
     * uses on the same line.
     */
    public synchronized ModbusBinLatch changeUnitId(int newUnitId) {
        if (newUnitId < 1 || newUnitId > 247) {
            throw new IllegalArgumentException("unit id must be 1 to 247, was " + newUnitId);
        }
        ModbusResponse r = exchange(
                new WriteSingleRegisterRequest(LatchRegisters.HOLDING_UNIT_ID, new SimpleRegister(newUnitId)),
                "set the unit id to " + newUnitId);
        if (r instanceof ExceptionResponse e) {
            throw refused("set the unit id to " + newUnitId, e.getExceptionCode());
        }
        return new ModbusBinLatch(line, newUnitId, false);
    }

    @Override
    public synchronized void close() {
        if (ownsLine) {
            line.close();
        }
    }

    private int writeCoil(int bin, boolean lock, String what) {
        ModbusResponse r = exchange(new WriteCoilRequest(LatchRegisters.COIL_LOCK + bin - 1, lock), what);
        return r instanceof ExceptionResponse e ? e.getExceptionCode() : 0;
    }

    private int[] readInputs(int address, int count, String what) {
        ModbusResponse r = exchange(new ReadInputRegistersRequest(address, count), what);
        if (r instanceof ExceptionResponse e) {
            throw refused(what, e.getExceptionCode());
        }
        ReadInputRegistersResponse read = (ReadInputRegistersResponse) r;
        if (read.getWordCount() != count) {
            throw new LatchException(
                    what + ": the controller answered " + read.getWordCount() + " registers, not " + count);
        }
        int[] words = new int[count];
        for (int i = 0; i < count; i++) {
            words[i] = read.getRegisterValue(i);
        }
        return words;
    }

    private ModbusResponse exchange(ModbusRequest request, String what) {
        return line.exchange(unitId, request, what);
    }

    private void checkBin(int bin) {
        int count = binCount();
        if (bin < 1 || bin > count) {
            throw new IllegalArgumentException("bin must be 1 to " + count + ", was " + bin);
        }
    }

    private LatchException refused(String what, int code) {
        return new LatchException(what + ": latch controller " + unitId + " on " + port() + " refused ("
                + LatchRegisters.exceptionName(code) + ")");
    }

    private String port() {
        return line.port();
    }
}
