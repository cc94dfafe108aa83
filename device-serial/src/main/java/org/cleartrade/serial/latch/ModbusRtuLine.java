package org.cleartrade.serial.latch;

import com.ghgande.j2mod.modbus.ModbusIOException;
import com.ghgande.j2mod.modbus.msg.ModbusRequest;
import com.ghgande.j2mod.modbus.msg.ModbusResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.cleartrade.ports.latch.LatchException;
import org.cleartrade.serial.SerialLink;

/**
 * One Modbus RTU serial line (USB-CDC, or an RS-485 bus with several controllers on it): j2mod
 * builds and checks the frames, our {@link SerialLink} carries them. One request and one answer
 * at a time, whichever unit they are for, as a bus with one master requires.
 *
 * <p>A garbled answer (bad CRC, truncated, wrong unit or function) or none within the response
 * timeout is retried up to the configured number of attempts; a port that has gone away is closed
 * and reopened on the next attempt, so a replugged adapter is picked up again. An exception answer
 * is returned, not retried: it is the controller's refusal.
 *
 * <p>Threading: {@link #exchange} is synchronized.
 */
public final class ModbusRtuLine implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ModbusRtuLine.class.getName());

    private final ModbusLatchSettings settings;
    private final Duration settle;
    private SerialLinkConnection connection;

    /** The line of {@code settings}; its unit id is not used here, each exchange names its own. */
    public ModbusRtuLine(ModbusLatchSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        // after a garbled frame, let the rest of it arrive and the line fall silent before resending
        this.settle = Duration.ofNanos(settings.serial().characterNanos() * 8);
    }

    /** The serial port's name, for messages. */
    public String port() {
        return settings.serial().port();
    }

    /** One request to one unit and its answer, with bounded retries. */
    synchronized ModbusResponse exchange(int unitId, ModbusRequest request, String what) {
        request.setUnitID(unitId);
        Exception last = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            try {
                ModbusResponse response = attempt(unitId, request);
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
                what + ": no valid answer from latch controller " + unitId + " on " + port() + " after "
                        + settings.attempts() + " attempts (" + last.getMessage() + ")",
                last);
    }

    private ModbusResponse attempt(int unitId, ModbusRequest request) throws IOException, ModbusIOException {
        SerialLinkConnection c = connection();
        c.transport().writeRequest(request);
        ModbusResponse response = c.transport().readResponse();
        if (response.getUnitID() != unitId || (response.getFunctionCode() & 0x7F) != request.getFunctionCode()) {
            throw new IOException("answer from unit " + response.getUnitID() + " with function "
                    + response.getFunctionCode() + " does not match the request to unit " + unitId);
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

    @Override
    public synchronized void close() {
        disconnect();
    }
}
