package org.cleartrade.serial.latch;

import com.ghgande.j2mod.modbus.io.AbstractModbusTransport;
import com.ghgande.j2mod.modbus.io.ModbusRTUTransport;
import com.ghgande.j2mod.modbus.net.AbstractSerialConnection;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.cleartrade.serial.SerialLink;
import org.cleartrade.serial.SerialSettings;

/**
 * Presents our {@link SerialLink} to j2mod's RTU transport, so j2mod frames, checks CRCs and
 * parses PDUs while the port itself stays behind our one serial wrapper. An I/O failure of the
 * link (as opposed to a timeout) is remembered, so the driver knows to reopen the port.
 */
final class SerialLinkConnection extends AbstractSerialConnection {
    private final SerialLink link;
    private final ModbusRTUTransport transport = new ModbusRTUTransport();
    private volatile int timeoutMillis = 100;
    private volatile IOException failure;

    SerialLinkConnection(SerialLink link) throws IOException {
        this.link = link;
        transport.setCommPort(this);
    }

    @Override
    public void open() throws IOException {
        if (!link.isOpen()) {
            throw new IOException("serial port " + link.settings().port() + " is closed");
        }
    }

    @Override
    public AbstractModbusTransport getModbusTransport() {
        return transport;
    }

    ModbusRTUTransport transport() {
        return transport;
    }

    Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public int readBytes(byte[] buffer, int length) {
        try {
            return link.read(buffer, 0, length, Duration.ofMillis(timeoutMillis));
        } catch (IOException e) {
            failure = e;
            return -1;
        }
    }

    @Override
    public int writeBytes(byte[] buffer, int length) {
        try {
            link.write(buffer, 0, length);
            return length;
        } catch (IOException e) {
            failure = e;
            return -1;
        }
    }

    @Override
    public int bytesAvailable() {
        try {
            return link.available();
        } catch (IOException e) {
            failure = e;
            return -1;
        }
    }

    @Override
    public void close() {
        link.close();
    }

    @Override
    public int getBaudRate() {
        return link.settings().baud();
    }

    @Override
    public int getNumDataBits() {
        return link.settings().dataBits();
    }

    @Override
    public int getNumStopBits() {
        return link.settings().stopBits();
    }

    @Override
    public int getParity() {
        return switch (link.settings().parity()) {
            case NONE -> NO_PARITY;
            case EVEN -> EVEN_PARITY;
            case ODD -> ODD_PARITY;
        };
    }

    @Override
    public String getPortName() {
        return link.settings().port();
    }

    @Override
    public String getDescriptivePortName() {
        return "latch controller on " + link.settings().port();
    }

    @Override
    public void setComPortTimeouts(int mode, int readTimeout, int writeTimeout) {
        timeoutMillis = Math.max(1, readTimeout);
    }

    @Override
    public boolean isOpen() {
        return link.isOpen() && failure == null;
    }

    @Override
    public int getTimeout() {
        return timeoutMillis;
    }

    @Override
    public void setTimeout(int timeout) {
        timeoutMillis = Math.max(1, timeout);
    }

    @Override
    public Set<String> getCommPorts() {
        return Set.of(link.settings().port());
    }

    SerialSettings settings() {
        return link.settings();
    }
}
