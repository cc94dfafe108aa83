package org.cleartrade.ui.shell;

import java.time.Clock;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.session.Scheduler;
import org.cleartrade.ui.exec.TaskExecutor;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.i18n.OfferedLanguages;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.PayoutPlace;
import org.cleartrade.ui.screen.ScreenScroll;
import org.cleartrade.ui.session.InputClock;
import org.cleartrade.ui.session.SessionModel;
import org.cleartrade.ui.session.SessionPort;
import org.cleartrade.ui.speech.SpeechOutput;

/**
 * Builds the kiosk's scene graph from a session port: text, shell view model, screens, keypad
 * navigation and the theme. Shared by the kiosk window, the headless journeys and the screenshot
 * tour, so all three show exactly the same screens.
 *
 * <p>Threading: build on the UI thread.
 */
public final class KioskScene {

    /** Everything the scene depends on; one object rather than a long parameter list. */
    public record Inputs(
            SessionPort session,
            TaskExecutor executor,
            InputClock inputClock,
            OfferedLanguages languages,
            Language initialLanguage,
            Clock clock,
            Scheduler scheduler,
            VerificationLink link,
            SpeechOutput speech,
            boolean largeText,
            boolean speechOn,
            Runnable finish,
            PayoutPlace payoutPlace) {
        /** Inputs for a kiosk that names no payout counter (tests, tours, the soak). */
        public Inputs(
                SessionPort session,
                TaskExecutor executor,
                InputClock inputClock,
                OfferedLanguages languages,
                Language initialLanguage,
                Clock clock,
                Scheduler scheduler,
                VerificationLink link,
                SpeechOutput speech,
                boolean largeText,
                boolean speechOn,
                Runnable finish) {
            this(
                    session,
                    executor,
                    inputClock,
                    languages,
                    initialLanguage,
                    clock,
                    scheduler,
                    link,
                    speech,
                    largeText,
                    speechOn,
                    finish,
                    PayoutPlace.UNNAMED);
        }

        public Inputs {
            Objects.requireNonNull(payoutPlace, "payoutPlace");
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(executor, "executor");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(scheduler, "scheduler");
            Objects.requireNonNull(link, "link");
        }
    }

    private final UiText text;
    private final SessionModel session;
    private final ShellViewModel shell;
    private final ShellView view;
    private final HBox root;
    private final Scene scene;
    private final ScaledScreen scaled;

    public KioskScene(Inputs in) {
        this.text = new UiText(in.initialLanguage(), in.clock().getZone(), in.languages());
        this.session = new SessionModel(in.session(), in.executor(), in.inputClock());
        this.shell = new ShellViewModel(session, text, in.speech(), in.largeText(), in.speechOn());
        KioskScreens screens = new KioskScreens(
                session,
                text,
                shell,
                new Countdowns(in.clock(), in.scheduler(), in.executor()),
                in.link(),
                in.payoutPlace(),
                in.finish());
        this.view = new ShellView(shell, screens::view);
        this.scaled = new ScaledScreen(view);
        HBox.setHgrow(scaled, Priority.ALWAYS);
        this.root = new HBox(scaled);
        root.getStyleClass().add("kiosk-root");
        this.scene = new Scene(root);
        scene.getStylesheets()
                .add(Objects.requireNonNull(KioskScene.class.getResource("/org/cleartrade/ui/kiosk.css"))
                        .toExternalForm());
        view.attached();
        new KeypadNavigation(() -> {}, new KeypadNavigation.Confirmation() {
                    @Override
                    public void armed(ButtonBase control) {
                        shell.askToConfirm(control.getText());
                    }

                    @Override
                    public void disarmed() {
                        shell.clearKeypadHint();
                    }
                })
                .install(scene);
        ScreenScroll.followFocus(scene);
    }

    public Scene scene() {
        return scene;
    }

    /** The 1080x1920 kiosk screen itself, unscaled, for snapshots. */
    public ShellView screen() {
        return view;
    }

    public HBox root() {
        return root;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public SessionModel session() {
        return session;
    }

    public UiText text() {
        return text;
    }
}
