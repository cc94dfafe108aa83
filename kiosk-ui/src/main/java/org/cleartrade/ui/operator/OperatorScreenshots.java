package org.cleartrade.ui.operator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.cleartrade.core.certificate.FileKioskKeyStore;
import org.cleartrade.core.certificate.KioskSite;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.driver.ScratchFolder;
import org.cleartrade.core.operator.BoltWatch;
import org.cleartrade.core.operator.OperatorAccount;
import org.cleartrade.core.operator.Pbkdf2PinHasher;
import org.cleartrade.core.operator.Role;
import org.cleartrade.core.operator.TradeRecovery;
import org.cleartrade.core.receipt.SessionReceipts;
import org.cleartrade.core.session.OperatorAlert;
import org.cleartrade.pricing.book.PriceBooks;
import org.cleartrade.ui.exec.CurrentThreadTaskExecutor;
import org.cleartrade.ui.i18n.CjkFontLoader;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.i18n.OfferedLanguages;
import org.cleartrade.ui.session.InputClock;
import org.cleartrade.ui.shell.KioskScene;
import org.cleartrade.ui.speech.SilentSpeech;
import org.cleartrade.ui.tour.SimulatedKiosk;

/**
 * {@code kiosk operator screenshots DIR}: the staff screens on a simulated kiosk with stocked bins
 * (two phones to release, one on police hold, one missing, one tamper alarm), in every language,
 * from a real window, as {@code operator-NN-page.LANG.png}; and a kiosk whose device check at start
 * holds trading: the seller's {@code held-not-taking-phones.LANG.png} and its device check.
 *
 * <p>Threading: the tour runs on the UI thread with a current-thread executor, so each step has
 * finished before its picture is taken.
 */
public final class OperatorScreenshots {

    private static final String TECHNICIAN = "tech-lee";
    private static final String PIN = "482916";
    /** A seller session that ended calling staff; the first screenshot of the bins shows its alert. */
    private static final String ALERTED_SESSION = "9f2c41d07b5e4a8c034ab066";

    private OperatorScreenshots() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: kiosk operator screenshots DIR");
            return 64;
        }
        Path dir = Path.of(args[0]);
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                CjkFontLoader.load(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"));
                Stage stage = new Stage();
                stage.setWidth(1080);
                stage.setHeight(1920);
                stage.show();
                int count = 0;
                for (Language language : Language.values()) {
                    Path data = ScratchFolder.create("cleartrade-operator-tour");
                    count += tour(stage, dir, data, language).size();
                    count += heldTour(stage, dir, ScratchFolder.create("cleartrade-held-tour"), language)
                            .size();
                }
                stage.close();
                out.println("wrote " + count + " operator screenshots to " + dir);
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

    private static List<Path> tour(Stage stage, Path dir, Path data, Language language) {
        List<Path> written = new ArrayList<>();
        try (SimulatedKiosk kiosk = new SimulatedKiosk(data, "US-IL", java.time.ZoneId.of("America/Chicago"))) {
            Pbkdf2PinHasher hasher = new Pbkdf2PinHasher(10_000, new SecureRandom());
            kiosk.ledger()
                    .save(new OperatorAccount(TECHNICIAN, "Lee", Role.TECHNICIAN, hasher.hash(PIN.toCharArray())));
            BoltWatch bolts = new BoltWatch(kiosk.clock()::skip);
            Instant past = SimulatedKiosk.START.minus(Duration.ofDays(2));
            new SimulatedStock(kiosk.ledger(), kiosk.devices().latch(), kiosk.clock(), bolts)
                    .phone(1, "T-20261121-0007", "490154203237518", "Google Pixel 8", past)
                    .phone(2, "T-20261121-0011", "356938035643809", "Samsung Galaxy S21", past)
                    .phone(
                            3,
                            "T-20261123-0002",
                            "352099001761481",
                            "Apple iPhone 12",
                            SimulatedKiosk.START.plus(Duration.ofDays(10)))
                    .missingPhone(4, "T-20261122-0004", "860123045678900", "Motorola moto g7", past)
                    .owingAlert(
                            ALERTED_SESSION,
                            OperatorAlert.Kind.VOUCHER_NOT_ISSUED,
                            3,
                            "T-20261123-0002",
                            "phone binned; pay the seller by hand");
            kiosk.devices().latch().forceDoorOpen(2);
            kiosk.devices().latch().closeDoor(2);
            kiosk.start();
            OperatorStation station = station(kiosk, data, hasher, bolts);
            KioskScene scene = scene(kiosk, language);
            stage.setScene(scene.scene());
            OperatorMode mode = OperatorMode.install(
                    scene,
                    station,
                    OperatorSeat.of(kiosk.sessions()),
                    new CurrentThreadTaskExecutor(),
                    kiosk.clock(),
                    kiosk.clock());
            // The seller session starts in the jurisdiction's default language; staff see theirs.
            scene.text().switchTo(language);
            OperatorViewModel vm = mode.viewModel();
            Shot shot = new Shot(mode.view(), dir, language, written);

            vm.enter(Optional.of(TECHNICIAN));
            vm.digit(4);
            vm.digit(8);
            vm.digit(2);
            shot.take("01-pin");
            for (int i = 0; i < 3; i++) {
                vm.backspace();
            }
            for (char c : PIN.toCharArray()) {
                vm.digit(c - '0');
            }
            vm.signIn();
            shot.take("02-bins");
            // The alert still owes the seller: staff finish the trade before they may resolve it.
            vm.recover(ALERTED_SESSION + "#1", TradeRecovery.Action.PAY_BY_HAND);
            vm.resolveAlert(ALERTED_SESSION + "#1");
            vm.openBin(3);
            shot.take("03-bins-on-hold");
            vm.openBin(1);
            kiosk.clock().skip(Duration.ofSeconds(1));
            kiosk.devices().latch().openDoor(1);
            kiosk.devices().latch().removePhone(1);
            vm.scanInputProperty().set("490154203237519");
            vm.scan();
            vm.scanInputProperty().set("356938035643809");
            vm.scan();
            vm.scanInputProperty().set("490154203237518");
            vm.scan();
            shot.take("04-restock");
            kiosk.devices().latch().closeDoor(1);
            vm.closeBin();
            vm.openBin(4);
            vm.closeBin();
            vm.finishRestock();
            shot.take("05-manifest");
            vm.showService();
            vm.runSelfTest();
            shot.take("06-service");
            vm.signOut();
            return written;
        }
    }

    /**
     * A kiosk whose device check at start found bin 2's latch jammed and bin 3's door forced open:
     * the seller screen that holds trading, and the device check at the top of the Bins page.
     */
    private static List<Path> heldTour(Stage stage, Path dir, Path data, Language language) {
        List<Path> written = new ArrayList<>();
        try (SimulatedKiosk kiosk = new SimulatedKiosk(data, "EU", java.time.ZoneId.of("Europe/Madrid"))) {
            Pbkdf2PinHasher hasher = new Pbkdf2PinHasher(10_000, new SecureRandom());
            kiosk.ledger()
                    .save(new OperatorAccount(TECHNICIAN, "Lee", Role.TECHNICIAN, hasher.hash(PIN.toCharArray())));
            BoltWatch bolts = new BoltWatch(kiosk.clock()::skip);
            kiosk.devices().latch().jamLatch(2);
            kiosk.devices().latch().unlock(2);
            kiosk.devices().latch().forceDoorOpen(3);
            kiosk.devices().latch().closeDoor(3);
            kiosk.clock().skip(Duration.ofSeconds(2));
            OperatorStation station = station(kiosk, data, hasher, bolts);
            station.trading().check("kiosk");
            kiosk.start();
            KioskScene scene = scene(kiosk, language);
            stage.setScene(scene.scene());
            HeldTrading.connect(station.trading(), scene, kiosk.sessions(), new CurrentThreadTaskExecutor());
            OperatorMode mode = OperatorMode.install(
                    scene,
                    station,
                    OperatorSeat.of(kiosk.sessions()),
                    new CurrentThreadTaskExecutor(),
                    kiosk.clock(),
                    kiosk.clock());
            scene.text().switchTo(language);
            written.add(write(scene.screen(), dir.resolve("held-not-taking-phones." + fileTag(language) + ".png")));
            OperatorViewModel vm = mode.viewModel();
            vm.enter(Optional.of(TECHNICIAN));
            for (char c : PIN.toCharArray()) {
                vm.digit(c - '0');
            }
            vm.signIn();
            new Shot(mode.view(), dir, language, written).take("07-device-check");
            vm.signOut();
            return written;
        }
    }

    /** The demo kiosk's operator station on a simulated kiosk, its keys and exports under {@code data}. */
    public static OperatorStation station(SimulatedKiosk kiosk, Path data, Pbkdf2PinHasher hasher, BoltWatch bolts) {
        return OperatorStation.assemble(
                new OperatorStation.Parts(
                        kiosk.ledger(),
                        kiosk.ledger(),
                        kiosk.ledger(),
                        kiosk.devices().latch(),
                        kiosk.devices().printer(),
                        FileKioskKeyStore.open(data, new SecureRandom()),
                        new SessionReceipts(
                                new KioskSite("DEMO-0001", "ClearTrade demo kiosk"),
                                kiosk.clock().getZone(),
                                VerificationLink.none()),
                        "DEMO-0001",
                        kiosk.clock(),
                        hasher,
                        bolts,
                        data.resolve("exports"),
                        () -> OperatorStation.shipped(PriceBooks.loadSeed())),
                List.of());
    }

    private static KioskScene scene(SimulatedKiosk kiosk, Language language) {
        return scene(kiosk, language, false);
    }

    /** The kiosk's scene over a simulated kiosk's sessions, offering the three bundled languages. */
    public static KioskScene scene(SimulatedKiosk kiosk, Language language, boolean largeText) {
        return new KioskScene(new KioskScene.Inputs(
                kiosk.sessions(),
                new CurrentThreadTaskExecutor(),
                InputClock.NONE,
                new OfferedLanguages(List.of("en", "es", "zh-Hans")),
                language,
                kiosk.clock(),
                kiosk.clock(),
                VerificationLink.none(),
                new SilentSpeech(),
                largeText,
                false,
                () -> kiosk.sessions().finish()));
    }

    private static String fileTag(Language language) {
        return language.tag().toLowerCase(Locale.ROOT);
    }

    private static Path write(javafx.scene.Node node, Path file) {
        node.applyCss();
        if (node instanceof javafx.scene.Parent parent) {
            parent.layout();
        }
        WritableImage image = node.snapshot(null, null);
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /** Writes snapshots of the staff screen. */
    private record Shot(OperatorView view, Path dir, Language language, List<Path> written) {
        void take(String name) {
            written.add(write(view, dir.resolve("operator-" + name + "." + fileTag(language) + ".png")));
        }
    }
}
