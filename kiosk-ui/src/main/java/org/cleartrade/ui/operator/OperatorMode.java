package org.cleartrade.ui.operator;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.cleartrade.core.session.Scheduler;
import org.cleartrade.ui.exec.TaskExecutor;
import org.cleartrade.ui.shell.KioskScene;
import org.cleartrade.ui.shell.ScaledScreen;
import org.cleartrade.ui.shell.ScreenId;

/**
 * Puts the operator screens into the kiosk window. From the attract screen (or a seller's session
 * waiting for staff) only, a long press on
 * the logo corner or a staff badge from the keyboard-wedge scanner opens the PIN pad; the staff
 * screen then takes the kiosk screen's place in the window until sign-out (by hand or after {@link
 * OperatorStation#IDLE_TIMEOUT} idle). The seller screen then comes back: on the attract screen
 * for the next seller when the session there had ended waiting for staff, or on the trade staff
 * chose to finish at the kiosk.
 *
 * <p>Threading: install and use on the UI thread; idle ticks come from the scheduler's thread and
 * are handed to the UI thread, console events go to the background executor.
 */
public final class OperatorMode {

    /** How often the idle check runs; the timeout itself is the console's. */
    static final Duration TICK = Duration.ofSeconds(15);

    private final OperatorViewModel vm;
    private final OperatorView view;
    private final Scheduler scheduler;
    private final TaskExecutor executor;
    private volatile boolean closed;

    private OperatorMode(OperatorViewModel vm, OperatorView view, Scheduler scheduler, TaskExecutor executor) {
        this.vm = vm;
        this.view = view;
        this.scheduler = scheduler;
        this.executor = executor;
    }

    /**
     * @param seat the seller's seat: back to the attract screen when staff sign out, or running the
     *     trade staff chose to finish on the kiosk
     */
    public static OperatorMode install(
            KioskScene kiosk,
            OperatorStation station,
            OperatorSeat seat,
            TaskExecutor executor,
            Scheduler scheduler,
            Clock clock) {
        OperatorViewModel vm = new OperatorViewModel(station, seat, executor, kiosk.text());
        OperatorView view = new OperatorView(vm);
        OperatorMode mode = new OperatorMode(vm, view, scheduler, executor);
        ScaledScreen staffScreen = new ScaledScreen(view);
        Pane root = kiosk.root();
        Node[] sellerScreen = {root.getChildren().get(0)};
        javafx.scene.layout.HBox.setHgrow(staffScreen, javafx.scene.layout.Priority.ALWAYS);
        vm.activeProperty().addListener((o, before, now) -> {
            if (now) {
                sellerScreen[0] = root.getChildren().get(0);
                root.getChildren().set(0, staffScreen);
            } else {
                root.getChildren().set(0, sellerScreen[0]);
            }
        });
        HiddenLongPress press = new HiddenLongPress();
        BadgeReader badges = new BadgeReader();
        Node screen = kiosk.screen();
        screen.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (atAttract(kiosk)) {
                press.pressed(e.getX(), e.getY(), clock.instant());
            }
        });
        screen.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (press.released(clock.instant()) && atAttract(kiosk)) {
                e.consume();
                vm.enter(Optional.empty());
            }
        });
        kiosk.scene().addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (vm.activeProperty().get() || !atAttract(kiosk)) {
                return;
            }
            badges.typed(e.getCharacter()).ifPresent(id -> {
                e.consume();
                vm.enter(Optional.of(id));
            });
        });
        station.demoCredentials().stream().findAny().ifPresent(any -> {
            Node panel = root.lookup("#demo-panel");
            if (panel instanceof Pane demoPanel) {
                demoPanel.getChildren().add(0, DemoStaffCard.create(station.demoCredentials(), kiosk.screen()));
            }
        });
        mode.tick();
        return mode;
    }

    /**
     * Staff may come in between sellers, when a seller's session is waiting for them, or while a
     * device problem holds trading.
     */
    private static boolean atAttract(KioskScene kiosk) {
        ScreenId shown = kiosk.shell().screenProperty().get();
        return shown == ScreenId.ATTRACT || shown == ScreenId.OPERATOR_NEEDED || shown == ScreenId.HELD;
    }

    private void tick() {
        if (closed) {
            return;
        }
        scheduler.schedule(TICK, () -> {
            executor.runOnUi(vm::tick);
            tick();
        });
    }

    /** Stops the idle ticks. */
    public void close() {
        closed = true;
    }

    public OperatorViewModel viewModel() {
        return vm;
    }

    /** The staff screen itself, unscaled, for snapshots. */
    public OperatorView view() {
        return view;
    }
}
