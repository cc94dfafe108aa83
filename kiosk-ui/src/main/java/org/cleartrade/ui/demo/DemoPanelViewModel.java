package org.cleartrade.ui.demo;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.Scheduler;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.ports.printer.PrinterStatus;
import org.cleartrade.ui.exec.TaskExecutor;
import org.cleartrade.ui.session.SessionModel;

/**
 * The demo side panel: plays the physical world around the kiosk (the seller's phone, the bin
 * door, the printer's paper) and injects faults. Every device call goes through the background
 * executor, exactly like the session's own calls.
 *
 * <p>Threading: UI thread only; device calls are sent to the background.
 */
public final class DemoPanelViewModel {

    private final DemoDevices devices;
    private final TaskExecutor executor;
    private final SessionModel session;
    private final Clock clock;
    private final ObjectProperty<String> scenario = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper binStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper printerStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Image> paper = new ReadOnlyObjectWrapper<>();
    /** A phone went into a bin on the cable; the cable lets go of it when the next seller's turn starts. */
    private boolean phoneInBin;

    public DemoPanelViewModel(DemoDevices devices, TaskExecutor executor, SessionModel session, Clock clock) {
        this.devices = devices;
        this.executor = executor;
        this.session = session;
        this.clock = clock;
        List<String> ids = scenarios();
        scenario.set(ids.isEmpty() ? null : ids.get(0));
        devices.printer().addListener(this::printed);
        session.snapshotProperty().addListener((o, before, now) -> {
            if (phoneInBin && now.phase() == Phase.ATTRACT) {
                phoneInBin = false;
                device(devices::releaseCableFromBin);
            } else {
                refreshStatus();
            }
        });
        refreshStatus();
    }

    /**
     * Reads the bin and the printer again every {@code period}: staff open and lock bins without
     * the seller's session knowing, and the panel must not show a bin locked that staff opened.
     */
    public void refreshEvery(Scheduler scheduler, Duration period) {
        scheduler.schedule(
                period,
                () -> executor.runOnUi(() -> {
                    refreshStatus();
                    refreshEvery(scheduler, period);
                }));
    }

    /** The Android phones, then the iPhones, a demo can plug in. */
    public List<String> scenarios() {
        List<String> ids = new java.util.ArrayList<>(devices.dock().scenarioIds());
        ids.addAll(devices.iphone().scenarioIds());
        return ids;
    }

    /** The phone the next "plug in" connects. */
    public ObjectProperty<String> scenarioProperty() {
        return scenario;
    }

    public ReadOnlyStringProperty binStatusProperty() {
        return binStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty printerStatusProperty() {
        return printerStatus.getReadOnlyProperty();
    }

    /** The last receipt that came off the virtual printer. */
    public ReadOnlyObjectProperty<Image> paperProperty() {
        return paper.getReadOnlyProperty();
    }

    /** The seller session's bin, if it chose one; read on the UI thread. */
    private OptionalInt sessionBin() {
        SessionSnapshot s = session.snapshot();
        return s.trade().deposit().bin();
    }

    /** Runs {@code action} in the background on the bin the buttons act on now (see {@link DemoBin}). */
    private void onBin(IntConsumer action) {
        OptionalInt sessionBin = sessionBin();
        device(() -> action.accept(DemoBin.of(devices.latch(), sessionBin)));
    }

    /** Plugs the chosen phone into its dock's cable (an iPhone into the iPhone dock), replacing any other. */
    public void plugPhone() {
        String id = scenario.get();
        if (id == null) {
            return;
        }
        phoneInBin = false;
        device(() -> {
            if (devices.iphone().knows(id)) {
                devices.dock().unplug();
                devices.iphone().plug(id);
            } else {
                devices.iphone().unplug();
                devices.dock().plug(id);
            }
        });
    }

    public void authorizePhone() {
        device(() -> devices.dock().authorize());
    }

    public void unlockIphone() {
        device(() -> devices.iphone().unlock());
    }

    public void trustIphone() {
        device(() -> devices.iphone().tapTrust());
    }

    public void dontTrustIphone() {
        device(() -> devices.iphone().tapDontTrust());
    }

    public void unplugPhone() {
        phoneInBin = false;
        device(() -> {
            devices.dock().unplug();
            devices.iphone().unplug();
        });
    }

    public void openDoor() {
        onBin(bin -> devices.latch().openDoor(bin));
    }

    public void putPhoneIn() {
        phoneInBin = true;
        onBin(devices::putPhoneInBin);
    }

    public void takePhoneOut() {
        phoneInBin = false;
        onBin(bin -> devices.latch().removePhone(bin));
    }

    public void closeDoor() {
        onBin(bin -> devices.latch().closeDoor(bin));
    }

    public void jamLatch(boolean jammed) {
        onBin(bin -> {
            if (jammed) {
                devices.latch().jamLatch(bin);
            } else {
                devices.latch().freeLatch(bin);
            }
        });
    }

    public void paperOut(boolean out) {
        device(() ->
                devices.printer().setStatus(out ? new PrinterStatus(true, true, false, false) : PrinterStatus.READY));
    }

    /** The text a keyboard-wedge scanner would type for an adult's demo licence. */
    public String demoIdPayload() {
        return DemoIdCard.payload(LocalDate.now(clock), 34);
    }

    private void refreshStatus() {
        OptionalInt sessionBin = sessionBin();
        executor.runInBackground(() -> readStatus(sessionBin));
    }

    private void device(Runnable action) {
        OptionalInt sessionBin = sessionBin();
        executor.runInBackground(() -> {
            try {
                action.run();
            } finally {
                readStatus(sessionBin);
            }
        });
    }

    /** Runs in the background: reads the devices, then shows what they said. */
    private void readStatus(OptionalInt sessionBin) {
        int bin = DemoBin.of(devices.latch(), sessionBin);
        String latch;
        try {
            BinStatus s = devices.latch().status(bin);
            latch = "Bin " + bin + ": door " + (s.doorClosed() ? "closed" : "OPEN") + ", "
                    + (s.locked() ? "locked" : "unlocked") + ", " + (s.occupied() ? "phone inside" : "empty")
                    + (s.jammed() ? ", JAMMED" : "") + (s.tamper() ? ", TAMPER" : "");
        } catch (RuntimeException e) {
            latch = "Bin " + bin + ": " + e.getMessage();
        }
        PrinterStatus p = devices.printer().status();
        String printer = "Printer: " + (p.online() ? "online" : "offline") + (p.paperOut() ? ", PAPER OUT" : "")
                + (p.coverOpen() ? ", cover open" : "");
        String latchText = latch;
        executor.runOnUi(() -> {
            binStatus.set(latchText);
            printerStatus.set(printer);
        });
    }

    private void printed(BufferedImage receipt) {
        Image image = SwingFXUtils.toFXImage(receipt, null);
        executor.runOnUi(() -> paper.set(image));
    }
}
