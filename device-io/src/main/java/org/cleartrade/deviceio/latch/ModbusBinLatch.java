package org.cleartrade.deviceio.latch;

import com.ghgande.j2mod.modbus.ModbusIOException;
import com.ghgande.j2mod.modbus.msg.ExceptionResponse;
import com.ghgande.j2mod.modbus.msg.ModbusRequest;
import com.ghgande.j2mod.modbus.msg.ModbusResponse;
import com.ghgande.j2mod.modbus.msg.ReadInputRegistersRequest;
import com.ghgande.j2mod.modbus.msg.ReadInputRegistersResponse;
import com.ghgande.j2mod.modbus.msg.WriteCoilRequest;
import com.ghgande.j2mod.modbus.msg.WriteMultipleRegistersRequest;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.cleartrade.deviceio.serial.SerialLink;

/**
 * The latch controller over Modbus RTU: j2mod builds and checks the frames, our {@link SerialLink}
 * carries them. The register map is in {@code docs/protocols/latch-modbus.md}.
 *
 * <p>Every command is one request and one answer. A garbled answer (bad CRC, truncated, wrong
 * function) or none within the response timeout is retried up to the configured number of
 * attempts; a port that has gone away is closed and reopened on the next attempt, so a replugged
 * controller is picked up again. An exception answer from the controller is not retried: it is a
 * refusal and becomes a {@link LatchException} saying what was refused.
 *
 * <p>Threading: methods are synchronized, one exchange on the line at a time.
 */
public final class ModbusBinLatch implements BinLatch, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ModbusBinLatch.class.getName());
    private static final int MAX_BINS = 16;

    private final ModbusLatchSettings settings;
    private final Duration settle;
    private SerialLinkConnection connection;
    private int binCount;

    public ModbusBinLatch(ModbusLatchSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        // after a garbled frame, let the rest of it arrive and the line fall silent before resending
        this.settle = Duration.ofNanos(settings.serial().characterNanos() * 8);
    }

    @Override
    public synchronized int binCount() {
        if (binCount == 0) {
            int n = readInputs(LatchRegisters.INPUT_INFO + 1, 1, "read the bin count")[0];
            if (n < 1 || n > MAX_BINS) {
                throw new LatchException(
                        "latch controller on " + port() + " reports " + n + " bins; expected 1 to " + MAX_BINS);
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

    @Override
    public synchronized void close() {
        disconnect();
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

    /** One request, one answer, with bounded retries; an exception answer is returned, not retried. */
    private ModbusResponse exchange(ModbusRequest request, String what) {
        request.setUnitID(settings.unitId());
        Exception last = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            try {
                ModbusResponse response = attempt(request);
                if (attempt > 1) {
                    LOG.log(Level.WARNING, "{0}: answered on attempt {1} after: {2}", what, attempt, last.getMessage());
                }
                return response;
            } catch (IOException e) {
                last = e;
                disconnect();
            } catch (ModbusIOException e) {
                Optional<IOException> gone = connection == null ? Optional.empty() : connection.failure();
                last = gone.isPresent() ? gone.get() : e;
                if (gone.isPresent()) {
                    disconnect();
                }
            }
            settle();
        }
        throw new LatchException(
                what + ": no valid answer from the latch controller on " + port() + " after " + settings.attempts()
                        + " attempts (" + last.getMessage() + ")",
                last);
    }

    private ModbusResponse attempt(ModbusRequest request) throws IOException, ModbusIOException {
        SerialLinkConnection c = connection();
        c.transport().writeRequest(request);
        ModbusResponse response = c.transport().readResponse();
        if (response.getUnitID() != settings.unitId()
                || (response.getFunctionCode() & 0x7F) != request.getFunctionCode()) {
            throw new IOException("answer from unit " + response.getUnitID() + " with function "
                    + response.getFunctionCode() + " does not match the request");
        }
        return response;
    }

    private SerialLinkConnection connection() throws IOException {
        if (connection == null) {
            SerialLink link = SerialLink.open(settings.serial());
            SerialLinkConnection c = new SerialLinkConnection(link);
            c.transport().setTimeout((int) settings.responseTimeout().toMillis());
            connection = c;
            LOG.log(Level.INFO, "latch controller port {0} opened", port());
        }
        return connection;
    }

    private void disconnect() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    private void settle() {
        try {
            Thread.sleep(settle.toMillis(), (int) (settle.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LatchException("interrupted while talking to the latch controller on " + port(), e);
        }
    }

    private void checkBin(int bin) {
        int count = binCount();
        if (bin < 1 || bin > count) {
            throw new IllegalArgumentException("bin must be 1 to " + count + ", was " + bin);
        }
    }

    private LatchException refused(String what, int code) {
        return new LatchException(
                what + ": the latch controller on " + port() + " refused (" + LatchRegisters.exceptionName(code) + ")");
    }

    private String port() {
        return settings.serial().port();
    }
}
