package org.cleartrade.ui;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.cleartrade.core.jurisdiction.JurisdictionProfile;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.ledger.LedgerException;
import org.cleartrade.core.ledger.LedgerLostException;
import org.cleartrade.core.operator.OperatorConsole;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.config.KioskConfig;
import org.cleartrade.ui.demo.DemoPanelView;
import org.cleartrade.ui.demo.DemoPanelViewModel;
import org.cleartrade.ui.exec.FxTaskExecutor;
import org.cleartrade.ui.i18n.CjkFontLoader;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.i18n.OfferedLanguages;
import org.cleartrade.ui.operator.HeldTrading;
import org.cleartrade.ui.operator.OperatorMode;
import org.cleartrade.ui.operator.OperatorSeat;
import org.cleartrade.ui.operator.ServiceExit;
import org.cleartrade.ui.screen.PayoutPlace;
import org.cleartrade.ui.session.DeferredSession;
import org.cleartrade.ui.session.ExecutorScheduler;
import org.cleartrade.ui.session.InputClock;
import org.cleartrade.ui.shell.KioskScene;
import org.cleartrade.ui.shell.OperatorExit;
import org.cleartrade.ui.shell.OutOfServiceView;
import org.cleartrade.ui.speech.EspeakSpeech;
import org.cleartrade.ui.speech.SilentSpeech;
import org.cleartrade.ui.speech.SpeechOutput;

/**
 * Starts the kiosk window. The attract screen is shown first, on a placeholder session; the ledger
 * and devices are assembled on the background executor once that first frame is laid out, and the
 * real session takes over when they are ready, so opening the database never delays the first
 * frame nor competes with it for the CPU. The CJK font is read on a thread of its own while the
 * scene is built.
 */
final class KioskApp {

    private static final System.Logger LOG = System.getLogger(KioskApp.class.getName());
    private static final Duration FINAL_SCREEN_HOLD = Duration.ofSeconds(30);
    /** How often the demo panel reads its simulated bin and printer again. */
    private static final Duration DEMO_PANEL_REFRESH = Duration.ofSeconds(2);

    private static final Duration RESTART_POLL = Duration.ofSeconds(5);

    private KioskApp() {}

    static int runUntilExit(KioskConfig config, Map<String, String> env) {
        return runUntilExit(config, env, scene -> {});
    }

    static int runUntilExit(KioskConfig config, Map<String, String> env, Consumer<Scene> firstFrame) {
        JurisdictionProfile profile = JurisdictionProfiles.bundled(config.jurisdiction());
        OfferedLanguages languages = new OfferedLanguages(profile.languages());
        Language initial = config.language()
                .or(() -> Language.fromTag(profile.defaultLanguage()))
                .orElse(Language.ENGLISH);
        Clock clock = Clock.systemDefaultZone();
        SpeechOutput speech = EspeakSpeech.find(env.get("PATH")).orElseGet(SilentSpeech::new);
        FxTaskExecutor executor = new FxTaskExecutor();
        ExecutorScheduler scheduler = new ExecutorScheduler();
        DeferredSession session = new DeferredSession(SessionSnapshot.start(
                "starting-" + UUID.randomUUID(), profile.id(), profile.defaultLanguage(), clock.instant()));
        CountDownLatch closed = new CountDownLatch(1);
        KioskAssembly[] assembly = new KioskAssembly[1];
        int[] exitStatus = {Launcher.OK};
        Stage[] window = new Stage[1];

        EarlyToolkit.runOnFx(() -> {
            CompletableFuture<String> cjkFont = loadInBackground(config.cjkFont());
            KioskScene kiosk = new KioskScene(new KioskScene.Inputs(
                    session,
                    executor,
                    InputClock.NONE,
                    languages,
                    initial,
                    clock,
                    scheduler,
                    config.verificationLink(),
                    speech,
                    config.largeText(),
                    config.speech(),
                    () -> executor.runInBackground(() -> assembly[0].sessions().finish()),
                    new PayoutPlace(config.location(), config.payoutCounter())));
            Stage stage = new Stage();
            window[0] = stage;
            stage.setTitle("ClearTrade");
            stage.setScene(kiosk.scene());
            firstFrame.accept(kiosk.scene());
            size(stage, config);
            stage.setOnHidden(e -> closed.countDown());
            if (config.mode() == KioskConfig.Mode.KIOSK) {
                new OperatorExit(
                                () -> Optional.ofNullable(assembly[0])
                                        .map(a -> new ServiceExit(a.operator().console())),
                                executor,
                                stage)
                        .install();
            }
            cjkFont.join();
            stage.show();
            afterFirstLayout(
                    kiosk.scene(),
                    () -> executor.runInBackground(() -> {
                        try {
                            assembly[0] = KioskAssembly.assemble(config, profile, clock, scheduler, FINAL_SCREEN_HOLD);
                        } catch (RuntimeException e) {
                            exitStatus[0] =
                                    e instanceof LedgerLostException ? Launcher.LEDGER_LOST : Launcher.START_FAILED;
                            outOfService(e, stage, executor, scheduler);
                            return;
                        }
                        assembly[0].sessions().onLedgerFailed(reason -> {
                            exitStatus[0] = Launcher.LEDGER_FAILED;
                            outOfService(new LedgerException(reason), stage, executor, scheduler);
                        });
                        HeldTrading.connect(assembly[0].operator().trading(), kiosk, assembly[0].sessions(), executor);
                        session.connect(assembly[0].sessions());
                        assembly[0]
                                .demo()
                                .ifPresent(demo -> executor.runOnUi(() -> {
                                    DemoPanelViewModel vm =
                                            new DemoPanelViewModel(demo, executor, kiosk.session(), clock);
                                    vm.refreshEvery(scheduler, DEMO_PANEL_REFRESH);
                                    kiosk.root().getChildren().add(new DemoPanelView(vm, kiosk.screen()));
                                }));
                        executor.runOnUi(() -> OperatorMode.install(
                                kiosk,
                                assembly[0].operator(),
                                OperatorSeat.of(assembly[0].sessions()),
                                executor,
                                scheduler,
                                clock));
                        restartWhenIdle(
                                scheduler,
                                executor,
                                () -> {
                                    boolean seller = session.current().phase() == Phase.ATTRACT;
                                    boolean staff = assembly[0]
                                                    .operator()
                                                    .console()
                                                    .snapshot()
                                                    .phase()
                                            != OperatorConsole.Phase.SIGNED_OUT;
                                    return seller && !staff;
                                },
                                () -> {
                                    exitStatus[0] = IdleRestart.EXIT_STATUS;
                                    Platform.runLater(() -> window[0].hide());
                                });
                    }));
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            executor.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler.close();
        if (assembly[0] != null) {
            assembly[0].close();
        }
        Platform.exit();
        LOG.log(Level.INFO, "kiosk closed");
        return exitStatus[0];
    }

    /** Reads the CJK font on a thread of its own; the font file is 20 MB and the FX thread has a scene to build. */
    private static CompletableFuture<String> loadInBackground(Path cjkFont) {
        CompletableFuture<String> loaded = new CompletableFuture<>();
        Thread loader = new Thread(
                () -> {
                    try {
                        loaded.complete(CjkFontLoader.load(cjkFont));
                    } catch (RuntimeException e) {
                        loaded.completeExceptionally(e);
                    }
                },
                "cjk-font");
        loader.setDaemon(true);
        loader.start();
        return loaded;
    }

    /** Runs {@code then} once, after the scene's first layout pulse, when the first frame is about to render. */
    private static void afterFirstLayout(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /**
     * A start that failed (the ledger refused or lost, a device that cannot be opened), or a
     * ledger that stopped taking commits while the kiosk ran, must not leave a kiosk that looks
     * alive: the window shows the out-of-service screen with the reason,
     * which needs neither the ledger nor a session, for {@code cleartrade.outOfServiceHold} seconds
     * (60 by default), then closes so the process exits non-zero and the service manager starts it
     * again. The reason is logged once.
     */
    private static void outOfService(
            RuntimeException failure, Stage stage, FxTaskExecutor executor, ExecutorScheduler scheduler) {
        String reason = String.valueOf(failure.getMessage());
        LOG.log(Level.ERROR, "the kiosk is out of service: " + reason, failure);
        System.err.println("the kiosk is out of service: " + reason);
        executor.runOnUi(() -> stage.getScene().setRoot(new OutOfServiceView(reason)));
        Duration hold = Duration.ofSeconds(Long.getLong("cleartrade.outOfServiceHold", 60));
        scheduler.schedule(hold, () -> Platform.runLater(stage::hide));
    }

    /**
     * Every few seconds, on the background executor (the one thread that uses the session and the
     * console), looks for the package's restart request ({@code cleartrade.restartWhenIdle}).
     */
    private static void restartWhenIdle(
            ExecutorScheduler scheduler, FxTaskExecutor executor, BooleanSupplier idle, Runnable restart) {
        String file = System.getProperty("cleartrade.restartWhenIdle");
        if (file == null || file.isBlank()) {
            return;
        }
        IdleRestart check = new IdleRestart(Path.of(file), idle, restart);
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> executor.runInBackground(() -> {
            if (!check.check()) {
                scheduler.schedule(RESTART_POLL, poll[0]);
            }
        });
        scheduler.schedule(RESTART_POLL, poll[0]);
    }

    private static void size(Stage stage, KioskConfig config) {
        if (config.mode() == KioskConfig.Mode.KIOSK) {
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
            return;
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double height = Math.min(screen.getHeight() - 40, 1920);
        double kioskWidth = height * 1080 / 1920;
        stage.setWidth(Math.min(screen.getWidth(), kioskWidth + (config.allSimulated() ? 440 : 0)));
        stage.setHeight(height);
    }
}
