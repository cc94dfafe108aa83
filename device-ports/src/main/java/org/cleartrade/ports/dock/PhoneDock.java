package org.cleartrade.ports.dock;

import java.time.Duration;
import java.util.Optional;

/**
 * The cable a seller plugs a phone into, and everything the kiosk asks that phone.
 *
 * <p>Calls block for a bounded time and run off the UI thread. A phone that goes away mid-call
 * raises {@link PhoneGoneException}; anything the phone says that cannot be understood becomes an
 * {@link Check.Verdict#UNVERIFIED} check, never an exception and never a pass.
 */
public interface PhoneDock {

    /** What is on the cable right now. */
    DockStatus status();

    /** Make, model, storage, serial, IMEI and OS of the authorized phone. */
    PhoneIdentity identify();

    /** The security and condition checks of the authorized phone. */
    InspectionReport inspect();

    /**
     * Readies the erase route after the seller consented, before anything is erased: on Android,
     * installs the device-owner helper, makes it device owner and has it read the IMEIs that
     * Android 10+ hides from adb. Throws {@link EraseRefusedException} when the phone refuses the
     * helper. Docks that install nothing read nothing.
     */
    default ErasePreparation prepareErase() {
        return ErasePreparation.nothingToPrepare();
    }

    /**
     * On a path that does not end in a verified erase: takes the helper off the phone (device
     * ownership given up, uninstalled) and reads back that it is gone. Safe to call when nothing
     * was installed. Never throws for the phone's answers; a phone that went away is reported as
     * not observed gone.
     */
    default HelperRemoval removeHelper() {
        return HelperRemoval.nothingInstalled();
    }

    /**
     * Starts the factory reset through the device-owner helper and returns its acknowledgement,
     * received before the phone drops off the bus. Throws {@link EraseRefusedException} when the
     * phone refuses (for example while an account is still signed in).
     */
    EraseAcknowledgement erase();

    /**
     * Why this dock could not start an erase now, whatever the phone (no device-owner helper to
     * install, say); empty when its erase route is there. Asked by the pre-erase gate, so a seller
     * is turned away before, never after, consenting to an erase that cannot start.
     */
    Optional<String> eraseBlocker();

    /**
     * Waits up to {@code timeout} for the phone to come back after the reset and records what
     * could be proven about it.
     */
    EraseVerification verifyErased(String expectedSerial, Duration timeout);

    /**
     * Whether the phone inspected with {@code serial} is on the dock's cable, judged by what the
     * USB bus shows rather than by a protocol the phone may no longer speak: after a factory reset
     * an Android phone has USB debugging off and is gone from adb, yet still enumerates on USB with
     * the serial in its device descriptor. The swap check before the voucher asks this. Docks whose
     * status shows the phone whatever its state answer from {@link #status()}.
     */
    default boolean onUsb(String serial) {
        DockStatus status = status();
        return status.state() != DockStatus.State.EMPTY
                && status.serial().filter(serial::equals).isPresent();
    }

    /**
     * Whether this dock has a record of erasing the phone with {@code serial} (so that, after a
     * restart, the verification goes to the dock that erased it). Docks that keep no such record
     * say no.
     */
    default boolean remembersErase(String serial) {
        return false;
    }

    /**
     * The seller's session is over, however it ended: the dock drops whatever trust it holds in the
     * phone on its cable (an iPhone's pair record), so nothing that lets the kiosk into the phone
     * outlives the trade. The next session asks the seller again. Docks that keep no such trust do
     * nothing.
     */
    default void release() {}
}
