package org.cleartrade.deviceio.dock.ios;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cleartrade.deviceio.dock.android.Pacer;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.VerificationEvidence;

/**
 * Proves an iPhone erase by reading the phone back: the same UDID is on USB again, and lockdownd
 * reports the same serial number and {@code ActivationState} "Unactivated" (an activated phone
 * only returns to the setup assistant by being erased).
 *
 * <p>Values are asked for without pairing first. Whatever the phone does not give unpaired is read
 * through a fresh pairing, which a phone in the setup assistant accepts without showing "Trust
 * This Computer?" (usbmuxd's preflight relies on the same; ideviceactivation and go-ios read
 * {@code ActivationState} in a session). That pairing is held in memory only, and usbmuxd's copy
 * for the UDID is deleted afterwards. A phone that still reports "Activated" (it has not rebooted
 * into the erase yet) is asked again until the deadline.
 */
final class UnactivatedVerifier {

    private final Usbmux mux;
    private final PairingCertificates certificates;
    private final Clock clock;
    private final Pacer pacer;
    private final Duration poll;

    UnactivatedVerifier(Usbmux mux, PairingCertificates certificates, Clock clock, Pacer pacer, Duration poll) {
        this.mux = mux;
        this.certificates = certificates;
        this.clock = clock;
        this.pacer = pacer;
        this.poll = poll;
    }

    /** What the phone said about itself. */
    record Reading(String udid, String serial, String activationState, String how) {}

    EraseVerification verify(String udid, String expectedSerial, Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        List<String> seen = new ArrayList<>();
        boolean left = false;
        while (true) {
            Optional<UsbmuxDevice> same = Optional.empty();
            Optional<UsbmuxDevice> other = Optional.empty();
            try {
                for (UsbmuxDevice d : mux.devices()) {
                    if (d.udid().equals(udid)) {
                        same = Optional.of(d);
                    } else if (d.usb()) {
                        other = Optional.of(d);
                    }
                }
            } catch (IOException e) {
                note(seen, "usbmuxd did not answer: " + e.getMessage());
            }
            left |= same.isEmpty();
            if (same.isPresent()) {
                Optional<Reading> reading = read(same.get(), seen);
                if (reading.isPresent()) {
                    Reading r = reading.get();
                    if (!r.serial().equals(expectedSerial) || !r.udid().equals(udid)) {
                        return EraseVerification.failed(
                                clock.instant(),
                                IphoneDock.VERIFY_METHOD,
                                "UDID " + udid + " came back reporting UDID " + r.udid() + " and serial " + r.serial()
                                        + ", not " + expectedSerial);
                    }
                    if (r.activationState().equals("Unactivated")) {
                        return EraseVerification.proven(
                                clock.instant(),
                                IphoneDock.VERIFY_METHOD,
                                "UDID " + udid + (left ? " left USB and" : "") + " came back with serial "
                                        + expectedSerial + ", ActivationState Unactivated (" + r.how() + ")",
                                VerificationEvidence.RETURNED_UNACTIVATED);
                    }
                    note(seen, "still " + r.activationState());
                }
            } else if (other.isPresent()) {
                note(seen, "another iPhone (UDID " + other.get().udid() + ") is on the cable");
            }
            if (!clock.instant().isBefore(deadline)) {
                return EraseVerification.failed(
                        clock.instant(),
                        IphoneDock.VERIFY_METHOD,
                        "UDID " + udid + (same.isPresent() ? " is on USB" : " did not come back") + " within "
                                + timeout.toSeconds() + " s"
                                + (seen.isEmpty() ? "" : "; seen: " + String.join("; ", seen)));
            }
            try {
                pacer.pause(poll);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return EraseVerification.failed(
                        clock.instant(), IphoneDock.VERIFY_METHOD, "Verification was interrupted");
            }
        }
    }

    private Optional<Reading> read(UsbmuxDevice device, List<String> seen) {
        try (LockdownClient lockdown = new LockdownClient(mux.connect(device, LockdownClient.PORT))) {
            if (!LockdownClient.LOCKDOWN_TYPE.equals(lockdown.queryType())) {
                note(seen, "lockdownd not up yet");
                return Optional.empty();
            }
            Optional<String> activation = value(lockdown, "ActivationState");
            Optional<String> serial = value(lockdown, "SerialNumber");
            Optional<String> udid = value(lockdown, "UniqueDeviceID");
            if (activation.isPresent() && serial.isPresent() && udid.isPresent()) {
                return Optional.of(new Reading(udid.get(), serial.get(), activation.get(), "read without pairing"));
            }
            return readPaired(device, lockdown, seen);
        } catch (IOException e) {
            note(seen, "lockdownd: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Pairs afresh (no prompt in the setup assistant), reads the values, forgets the pairing. */
    private Optional<Reading> readPaired(UsbmuxDevice device, LockdownClient lockdown, List<String> seen)
            throws IOException {
        byte[] key = lockdown.getValue(null, "DevicePublicKey")
                .flatMap(v -> v.data("Value"))
                .orElseThrow(() -> new IOException("no DevicePublicKey"));
        PairRecord record = certificates.newRecord(key, mux.systemBuid());
        try {
            record = record.withEscrowBag(lockdown.pair(record));
        } catch (LockdownException e) {
            // A phone that asks the seller to trust is not in the setup assistant.
            note(seen, "pairing answered " + e.error() + " (not in the setup assistant)");
            return Optional.empty();
        }
        try (LockdownClient session = new LockdownClient(mux.connect(device, LockdownClient.PORT))) {
            session.startSession(record);
            PlistMessage values = session.getValues(null);
            return Optional.of(new Reading(
                    values.string("UniqueDeviceID").orElse(""),
                    values.string("SerialNumber").orElse(""),
                    values.string("ActivationState").orElse(""),
                    "read after a fresh pairing, accepted without a prompt"));
        } finally {
            mux.deletePairRecord(device.udid());
        }
    }

    private static Optional<String> value(LockdownClient lockdown, String key) throws IOException {
        return lockdown.getValue(null, key).flatMap(v -> v.string("Value"));
    }

    private static void note(List<String> seen, String what) {
        if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(what)) {
            seen.add(what);
        }
        if (seen.size() > 6) {
            seen.remove(0);
        }
    }
}
