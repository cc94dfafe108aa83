package org.cleartrade.deviceio.dock.ios;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * What the iPhone dock asks of usbmuxd: the devices on USB, the host's system BUID, the daemon's
 * pair records, and connections to ports on a device.
 *
 * <p>Implementations: {@link UsbmuxdClient} (the real daemon's Unix socket, or the fake peer's in
 * tests) and an in-process multiplexer for demo mode.
 */
public interface Usbmux {

    /** Devices attached now, USB and network. */
    List<UsbmuxDevice> devices() throws IOException;

    /** The host's system BUID, which pairing records carry. */
    String systemBuid() throws IOException;

    /** The pair record the daemon keeps for {@code udid} (its own preflight pairing), if any. */
    Optional<PlistMessage> pairRecord(String udid) throws IOException;

    /** Removes the daemon's pair record for {@code udid}; a missing record is not an error. */
    void deletePairRecord(String udid) throws IOException;

    /** Opens a connection to {@code port} on the device; refused ports are an {@link IOException}. */
    PhoneLink connect(UsbmuxDevice device, int port) throws IOException;

    /** Plist requests sent so far to the daemon and through it to devices (round trips). */
    long requests();
}
