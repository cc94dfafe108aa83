package org.cleartrade.ui.tour;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.cleartrade.core.session.Phase;
import org.cleartrade.ports.printer.PrinterStatus;
import org.cleartrade.ui.demo.DemoIdCard;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.shell.KioskScene;
import org.cleartrade.ui.shell.ScreenId;

/**
 * Plays a seller and the physical world against a {@link SimulatedKiosk} shown in a {@link
 * KioskScene}: seller input goes through the screen's own buttons (by id) and key events, the
 * phone, bin door and printer through the simulators. Used by the journeys and the screenshot tour.
 *
 * <p>Threading: call on the UI thread; the kiosk is built with a current-thread executor, so each
 * call returns with the screen already updated.
 */
public final class JourneyDriver {

    private final SimulatedKiosk kiosk;
    private final KioskScene scene;

    public JourneyDriver(SimulatedKiosk kiosk, KioskScene scene) {
        this.kiosk = kiosk;
        this.scene = scene;
    }

    public Phase phase() {
        return scene.session().snapshot().phase();
    }

    public ScreenId screen() {
        return scene.shell().screenProperty().get();
    }

    /**
     * Presses a control of the kiosk screen by its id, as a tap would. A control shown but not yet
     * enabled (consent waits for the pre-erase gate) is waited for while device calls answer, as a
     * seller would wait. The session takes the event at once; the device calls it starts wait for
     * {@link #settle} or {@link #until}.
     */
    public JourneyDriver tap(String id) {
        ready(id);
        ButtonBase button = enabled(id)
                .orElseThrow(() -> new IllegalStateException("no enabled control #" + id + " on " + screen()));
        button.fire();
        return this;
    }

    /** Waits, while device calls answer, until a control shown but not yet enabled is enabled. */
    public JourneyDriver ready(String id) {
        if (enabled(id).isEmpty() && scene.screen().lookup("#" + id) instanceof ButtonBase) {
            until(() -> enabled(id).isPresent(), "#" + id + " enabled");
        }
        return this;
    }

    private java.util.Optional<ButtonBase> enabled(String id) {
        Node node = scene.screen().lookup("#" + id);
        return node instanceof ButtonBase button && button.isVisible() && !button.isDisabled()
                ? java.util.Optional.of(button)
                : java.util.Optional.empty();
    }

    /** Scrolls the screen to the node with {@code id}, as a seller scrolling down to it would. */
    public JourneyDriver reveal(String id) {
        scene.screen().applyCss();
        scene.screen().layout();
        // Screens not shown keep their nodes, some with the same ids (the checklist on a refusal).
        Node node = scene.screen().lookupAll("#" + id).stream()
                .filter(JourneyDriver::shown)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no #" + id + " shown on " + screen()));
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                scrollTo(scroll, node);
            }
        }
        return this;
    }

    /** Puts the node's top at the top of the scroll pane's view, as far as the content allows. */
    private static void scrollTo(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        double room = content.getLayoutBounds().getHeight()
                - scroll.getViewportBounds().getHeight();
        if (room > 0) {
            double top = 0;
            for (Node n = node; n != null && n != content; n = n.getParent()) {
                top += n.getBoundsInParent().getMinY();
            }
            scroll.setVvalue(Math.min(1, Math.max(0, top / room)));
        }
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** From the attract screen to the checklist, in {@code language}. */
    public JourneyDriver begin(Language language) {
        tap("start");
        tap("language-" + language.tag());
        return this;
    }

    public JourneyDriver toDock() {
        return tap("checklist-done");
    }

    /** Plugs in a scenario phone; the dock watch sees it at its next poll. */
    public JourneyDriver plug(String scenario) {
        kiosk.devices().dock().plug(scenario);
        return poll();
    }

    public JourneyDriver allowUsbDebugging() {
        kiosk.devices().dock().authorize();
        return poll();
    }

    /**
     * Plugs in a scenario phone and lets device calls answer one at a time only until the session
     * is in {@code phase}, so a screen that lasts while the phone answers (inspecting) stays up.
     */
    public JourneyDriver plugUntil(String scenario, Phase phase) {
        kiosk.devices().dock().plug(scenario);
        return until(phase);
    }

    public JourneyDriver unplug() {
        kiosk.devices().dock().unplug();
        kiosk.devices().iphone().unplug();
        return poll();
    }

    /** Plugs in a scenario iPhone; the dock recognises it at its next poll, before any pairing. */
    public JourneyDriver plugIphone(String scenario) {
        kiosk.devices().iphone().plug(scenario);
        return poll();
    }

    /** Polls once a second of session time until the iPhone dock has asked the phone to pair. */
    public JourneyDriver awaitIphone(java.util.function.Predicate<org.cleartrade.ports.dock.DockStatus> shown) {
        for (int i = 0; i < 10 && !shown.test(scene.session().snapshot().phone().dock()); i++) {
            kiosk.advance(Duration.ofSeconds(1));
        }
        return this;
    }

    public JourneyDriver unlockIphone() {
        kiosk.devices().iphone().unlock();
        return poll();
    }

    public JourneyDriver trustIphone() {
        kiosk.devices().iphone().tapTrust();
        return poll();
    }

    public JourneyDriver dontTrustIphone() {
        kiosk.devices().iphone().tapDontTrust();
        return poll();
    }

    /** One poll interval of session time. */
    public JourneyDriver poll() {
        kiosk.advance(Duration.ofMillis(250));
        return this;
    }

    /** Answers the four condition questions by their answer index. */
    public JourneyDriver answerCondition(int powersOn, int screen, int body, int water) {
        for (int answer : new int[] {powersOn, screen, body, water}) {
            tap("answer-" + answer);
        }
        return this;
    }

    /** A keyboard-wedge scanner types a demo licence of someone {@code age} years old. */
    public JourneyDriver scanId(int age) {
        String payload = DemoIdCard.payload(
                LocalDate.ofInstant(kiosk.clock().instant(), kiosk.clock().getZone()), age);
        Node target = scene.scene().getFocusOwner() == null
                ? scene.screen()
                : scene.scene().getFocusOwner();
        for (char c : payload.toCharArray()) {
            Event.fireEvent(
                    target,
                    new KeyEvent(
                            KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false, false));
        }
        kiosk.settle();
        return this;
    }

    /** Lets device calls answer one by one until the session reaches {@code target}. */
    public JourneyDriver until(Phase target) {
        return until(() -> phase() == target, "phase " + target);
    }

    private JourneyDriver until(BooleanSupplier done, String what) {
        for (int i = 0; i < 200 && !done.getAsBoolean(); i++) {
            if (!kiosk.answerOne()) {
                kiosk.tick();
            }
        }
        if (!done.getAsBoolean()) {
            throw new IllegalStateException("never reached " + what + "; stuck in " + phase() + ", fault "
                    + scene.session().snapshot().fault() + ", alerts "
                    + scene.session().snapshot().alerts());
        }
        return this;
    }

    public JourneyDriver settle() {
        kiosk.settle();
        return this;
    }

    public int bin() {
        return scene.session().snapshot().trade().deposit().bin().orElseThrow();
    }

    public JourneyDriver openDoor() {
        kiosk.devices().latch().openDoor(bin());
        return poll();
    }

    /**
     * Puts the phone in as the demo panel does (into the tray, on its cable) and closes the door;
     * the bin watch notices at its next poll.
     */
    public JourneyDriver putPhoneInAndClose() {
        kiosk.devices().putPhoneInBin(bin());
        kiosk.devices().latch().closeDoor(bin());
        return this;
    }

    public JourneyDriver takePhoneOutAndClose() {
        kiosk.devices().latch().removePhone(bin());
        kiosk.devices().latch().closeDoor(bin());
        return this;
    }

    public JourneyDriver paperOut() {
        kiosk.devices().printer().setStatus(new PrinterStatus(true, true, false, false));
        return this;
    }

    public JourneyDriver jamLatch(int bin) {
        kiosk.devices().latch().jamLatch(bin);
        return this;
    }

    /** The seller walks away: session time passes with no input. */
    public JourneyDriver wait(Duration time) {
        kiosk.advance(time);
        return this;
    }

    /** Turns large text on with the header's button, unless it is on already. */
    public JourneyDriver largeText() {
        return scene.shell().largeTextProperty().get() ? this : tap("large-text");
    }

    public JourneyDriver chooseLanguage(Language language) {
        return tap("header-language-" + language.tag());
    }
}
