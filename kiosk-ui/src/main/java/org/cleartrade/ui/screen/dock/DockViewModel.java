package org.cleartrade.ui.screen.dock;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.Platform;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.session.SessionModel;

/**
 * Coaches the seller through plugging in and allowing the kiosk to talk to the phone. When the
 * dock sees an Android phone on USB that adb cannot see (USB debugging off, as on most phones until
 * their owner turns it on), the seller can pick their phone's maker and get the steps to turn USB
 * debugging on ({@link BrandFamily}); with nothing on the cable they are only asked to plug in.
 */
public final class DockViewModel extends ScreenViewModel {

    private final ReadOnlyObjectWrapper<DockStatus.State> dockState = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper instruction = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper coachOffered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<BrandFamily> brand = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper coachSteps = new ReadOnlyStringWrapper("");

    public DockViewModel(SessionModel session, UiText text) {
        super(session, text);
        follow();
    }

    @Override
    protected void refresh(SessionSnapshot snapshot) {
        DockStatus dock = snapshot.phone().dock();
        dockState.set(dock.state());
        String key = copyKey(dock);
        setTitle(text.get("dock.title"));
        instruction.set(text.get(key + ".instruction"));
        detail.set(text.get(key + ".detail"));
        coachOffered.set(dock.showsUsbDebuggingOff());
        if (!coachOffered.get()) {
            brand.set(null);
        }
        coachSteps.set(
                brand.get() == null
                        ? ""
                        : text.get("dock.coach.steps." + brand.get().name()));
        setPrompt(instruction.get() + " " + detail.get() + (coachSteps.get().isEmpty() ? "" : " " + coachSteps.get()));
    }

    /** The seller picked their phone's maker: its steps to turn USB debugging on. */
    public void coach(BrandFamily family) {
        brand.set(family);
        coachSteps.set(text.get("dock.coach.steps." + family.name()));
        setPrompt(coachSteps.get());
    }

    /** Whether the maker buttons are offered: only while a phone is on USB with debugging off. */
    public ReadOnlyBooleanProperty coachOfferedProperty() {
        return coachOffered.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BrandFamily> brandProperty() {
        return brand.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty coachStepsProperty() {
        return coachSteps.getReadOnlyProperty();
    }

    /**
     * The copy for what the dock sees: an iPhone gets its own steps (unlock, Trust, plug in again
     * after "Don't Trust") as soon as the dock recognises it, before any pairing; an Android phone on
     * USB with debugging off is told so; anything else gets the general steps of its state.
     */
    static String copyKey(DockStatus dock) {
        if (dock.showsUsbDebuggingOff()) {
            return "dock.usbDebuggingOff";
        }
        if (dock.platform().filter(p -> p == Platform.IPHONE).isEmpty() || dock.state() == DockStatus.State.EMPTY) {
            return "dock." + dock.state().name();
        }
        if (dock.state() == DockStatus.State.UNAUTHORIZED) {
            return "dock.iphone." + dock.prompt().map(Enum::name).orElse("SEEN");
        }
        return "dock.iphone." + dock.state().name();
    }

    public ReadOnlyObjectProperty<DockStatus.State> dockStateProperty() {
        return dockState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty instructionProperty() {
        return instruction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public void cancel() {
        session.send(new SessionEvent.Cancel());
    }
}
