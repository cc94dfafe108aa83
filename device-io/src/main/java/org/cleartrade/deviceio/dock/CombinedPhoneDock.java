package org.cleartrade.deviceio.dock;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cleartrade.ports.DeviceException;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.ErasePreparation;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.HelperRemoval;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.PhoneDock;
import org.cleartrade.ports.dock.PhoneIdentity;

/**
 * Several docks on one cable bay, the kiosk's Android and iPhone docks: {@link #status()} asks each
 * in order and reports the first that sees a phone, and the phone calls go to that dock; when none
 * can talk to a phone, an Android phone on USB with debugging off is still reported. The erase
 * pins its dock so the verification asks the same one; after a restart the verification goes to
 * the dock that {@link PhoneDock#remembersErase remembers} the serial, else to the first.
 *
 * <p>A dock whose status fails (its daemon is not running) is logged once per distinct failure and
 * counts as empty while another dock answers; only when every dock fails does the status fail.
 *
 * <p>Thread-safe: the active dock is a volatile reference.
 */
public final class CombinedPhoneDock implements PhoneDock {

    private static final System.Logger LOG = System.getLogger(CombinedPhoneDock.class.getName());

    private final List<PhoneDock> docks;
    private final Map<PhoneDock, String> lastFailure = new ConcurrentHashMap<>();
    private volatile PhoneDock active;

    public CombinedPhoneDock(List<PhoneDock> docks) {
        if (docks.isEmpty()) {
            throw new IllegalArgumentException("a combined dock needs at least one dock");
        }
        this.docks = List.copyOf(docks);
        this.active = this.docks.get(0);
    }

    public List<PhoneDock> docks() {
        return docks;
    }

    @Override
    public DockStatus status() {
        DeviceException failure = null;
        int failed = 0;
        DockStatus empty = DockStatus.empty();
        for (PhoneDock dock : docks) {
            try {
                DockStatus status = dock.status();
                lastFailure.remove(dock);
                if (status.state() != DockStatus.State.EMPTY) {
                    active = dock;
                    return status;
                }
                if (status.showsUsbDebuggingOff()) {
                    empty = status;
                }
            } catch (DeviceException e) {
                failed++;
                failure = failure == null ? e : failure;
                if (!e.getMessage().equals(lastFailure.put(dock, e.getMessage()))) {
                    LOG.log(
                            Level.WARNING,
                            "dock " + dock.getClass().getSimpleName() + " cannot be read: " + e.getMessage());
                }
            }
        }
        if (failed == docks.size()) {
            throw failure;
        }
        return empty;
    }

    @Override
    public PhoneIdentity identify() {
        return active.identify();
    }

    @Override
    public InspectionReport inspect() {
        return active.inspect();
    }

    @Override
    public ErasePreparation prepareErase() {
        return active.prepareErase();
    }

    @Override
    public EraseAcknowledgement erase() {
        return active.erase();
    }

    @Override
    public HelperRemoval removeHelper() {
        return active.removeHelper();
    }

    /** The erase route of the dock that sees the phone, the one {@link #erase} would use. */
    @Override
    public Optional<String> eraseBlocker() {
        return active.eraseBlocker();
    }

    @Override
    public EraseVerification verifyErased(String expectedSerial, Duration timeout) {
        Optional<PhoneDock> remembering =
                docks.stream().filter(d -> d.remembersErase(expectedSerial)).findFirst();
        PhoneDock dock = remembering.orElse(active);
        return dock.verifyErased(expectedSerial, timeout);
    }

    /** Whether any dock sees the phone on USB; a dock that cannot be read counts as not seeing it. */
    @Override
    public boolean onUsb(String serial) {
        DeviceException failure = null;
        for (PhoneDock dock : docks) {
            try {
                if (dock.onUsb(serial)) {
                    return true;
                }
            } catch (DeviceException e) {
                failure = e;
                LOG.log(
                        Level.WARNING,
                        "dock " + dock.getClass().getSimpleName() + " cannot be read: " + e.getMessage());
            }
        }
        if (failure != null && docks.size() == 1) {
            throw failure;
        }
        return false;
    }

    /** Every dock lets go of its phone: the session is over whichever dock served it. */
    @Override
    public void release() {
        docks.forEach(PhoneDock::release);
    }

    @Override
    public boolean remembersErase(String serial) {
        return docks.stream().anyMatch(d -> d.remembersErase(serial));
    }
}
