package org.cleartrade.ui;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.cleartrade.core.driver.ScratchFolder;
import org.cleartrade.ui.i18n.CjkFontLoader;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.tour.ScreenshotTour;

/** {@code screenshots DIR}: every screen in every language, from a real window, as PNG files. */
final class ScreenshotsCommand {

    private ScreenshotsCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: kiosk screenshots DIR");
            return Launcher.USAGE;
        }
        Path dir = Path.of(args[0]);
        Path data;
        try {
            data = ScratchFolder.create("cleartrade-tour");
        } catch (UncheckedIOException e) {
            err.println("cannot create a scratch folder: " + e.getCause().getMessage());
            return 1;
        }
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                CjkFontLoader.load(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"));
                Stage stage = new Stage();
                stage.setTitle("ClearTrade screenshots");
                stage.setWidth(1080);
                stage.setHeight(1920);
                stage.show();
                int count = 0;
                for (Language language : Language.values()) {
                    ScreenshotTour tour = new ScreenshotTour(dir, data, stage, language);
                    List<Path> files = tour.run();
                    tour.close();
                    count += files.size();
                    out.println(language.tag() + ": " + files.size() + " screens");
                }
                stage.close();
                out.println("wrote " + count + " screenshots to " + dir);
                done.complete(0);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.join();
        } finally {
            Platform.exit();
        }
    }
}
