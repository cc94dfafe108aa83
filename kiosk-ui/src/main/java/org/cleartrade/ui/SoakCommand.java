package org.cleartrade.ui;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.cleartrade.ui.i18n.CjkFontLoader;
import org.cleartrade.ui.shell.KioskScene;
import org.cleartrade.ui.tour.SimulatedKiosk;
import org.cleartrade.ui.tour.Soak;

/**
 * {@code soak --sellers N}: N sellers back to back through the real screens of one kiosk in this
 * process, on simulators and a fresh H2 ledger in a scratch folder (the kiosk's own ledger is never
 * touched). Needs a display (a real one or Xvfb). Prints {@code sellers: N, stuck: S, unpaid after
 * erase: U}; exits 1 when S or U is not 0, after naming each stuck or unpaid seller on stderr.
 */
final class SoakCommand {

    private SoakCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        int sellers;
        try {
            sellers = sellers(args);
        } catch (IllegalArgumentException e) {
            err.println("soak: " + e.getMessage());
            err.println("usage: kiosk soak --sellers N");
            return Launcher.USAGE;
        }
        Path data;
        try {
            data = Files.createTempDirectory("cleartrade-soak");
        } catch (IOException e) {
            err.println("soak: cannot create a scratch folder: " + e.getMessage());
            return 1;
        }
        SimulatedKiosk kiosk = new SimulatedKiosk(data, "EU", ZoneId.of("Europe/Madrid")).start();
        CompletableFuture<KioskScene> shown = new CompletableFuture<>();
        long started = System.nanoTime();
        try {
            Platform.startup(() -> {
                try {
                    CjkFontLoader.load(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"));
                    Stage stage = new Stage();
                    stage.setTitle("ClearTrade soak");
                    KioskScene scene = Soak.scene(kiosk);
                    stage.setScene(scene.scene());
                    stage.setWidth(540);
                    stage.setHeight(960);
                    stage.show();
                    shown.complete(scene);
                } catch (RuntimeException e) {
                    shown.completeExceptionally(e);
                }
            });
            Soak.Result result = new Soak(kiosk, shown.join(), SoakCommand::onUiThread).run(sellers);
            result.problems().forEach(err::println);
            err.println("soak: " + sellers + " sellers in "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms; per seller median "
                    + result.percentile(50).toMillis() + " ms, p90 "
                    + result.percentile(90).toMillis()
                    + " ms; ledger " + data);
            out.println(result.summary());
            return result.clean() ? Launcher.OK : 1;
        } finally {
            kiosk.close();
            Platform.exit();
        }
    }

    static int sellers(String[] args) {
        if (args.length != 2 || !args[0].equals("--sellers")) {
            throw new IllegalArgumentException("expected --sellers N");
        }
        try {
            int n = Integer.parseInt(args[1]);
            if (n < 1) {
                throw new IllegalArgumentException("--sellers must be at least 1, not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--sellers needs a whole number, not " + args[1]);
        }
    }

    /** Runs {@code step} on the JavaFX thread and waits for it. */
    private static void onUiThread(Runnable step) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                step.run();
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        });
        done.join();
    }
}
