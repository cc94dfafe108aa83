package org.cleartrade.core.driver;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.ErasePreparation;
import org.cleartrade.ports.dock.EraseRefusedException;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.HelperRemoval;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.PhoneDock;
import org.cleartrade.ports.dock.PhoneIdentity;

/**
 * A cable on which the kiosk process dies at one step of the device-owner helper, for the restart
 * tests: the erase effect runs these steps inside one phase, between two journal commits, so a
 * kill placed on commits never lands between them. Every call goes to the real cable; at the step
 * the process dies ({@code die} never returns: it halts the process, or throws an error that
 * nothing catches).
 */
public final class HelperStepCut implements PhoneDock {

    /** Where in the erase effect the process dies. */
    public enum Step {
        /** The helper is installed and device owner and has read the IMEIs; the block list not yet asked. */
        HELPER_READY,
        /** The block list said yes; the wipe not yet sent: the helper is still on the phone. */
        BEFORE_THE_WIPE,
        /**
         * The wipe was sent and answered (accepted: the phone is resetting; or refused: the helper is
         * still owner), and nothing of it reached the journal.
         */
        WIPE_REQUESTED;

        /** {@code helper-ready}, {@code before-the-wipe}, {@code wipe-requested}. */
        public static Step parse(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    private final PhoneDock cable;
    private final Step step;
    private final Runnable die;

    public HelperStepCut(PhoneDock cable, Step step, Runnable die) {
        this.cable = cable;
        this.step = step;
        this.die = die;
    }

    @Override
    public ErasePreparation prepareErase() {
        ErasePreparation prepared = cable.prepareErase();
        at(Step.HELPER_READY);
        return prepared;
    }

    @Override
    public EraseAcknowledgement erase() {
        at(Step.BEFORE_THE_WIPE);
        EraseAcknowledgement ack;
        try {
            ack = cable.erase();
        } catch (EraseRefusedException e) {
            at(Step.WIPE_REQUESTED);
            throw e;
        }
        at(Step.WIPE_REQUESTED);
        return ack;
    }

    private void at(Step reached) {
        if (reached == step) {
            die.run();
            throw new IllegalStateException("the process was to die at " + step + " but carried on");
        }
    }

    @Override
    public DockStatus status() {
        return cable.status();
    }

    @Override
    public PhoneIdentity identify() {
        return cable.identify();
    }

    @Override
    public InspectionReport inspect() {
        return cable.inspect();
    }

    @Override
    public HelperRemoval removeHelper() {
        return cable.removeHelper();
    }

    @Override
    public Optional<String> eraseBlocker() {
        return cable.eraseBlocker();
    }

    @Override
    public EraseVerification verifyErased(String expectedSerial, Duration timeout) {
        return cable.verifyErased(expectedSerial, timeout);
    }

    @Override
    public boolean onUsb(String serial) {
        return cable.onUsb(serial);
    }

    @Override
    public boolean remembersErase(String serial) {
        return cable.remembersErase(serial);
    }

    @Override
    public void release() {
        cable.release();
    }
}
