package org.cleartrade.ui.tour;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.cleartrade.core.session.ChecklistItem;
import org.cleartrade.core.session.Phase;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.screen.dock.BrandFamily;
import org.cleartrade.ui.shell.KioskScene;

/**
 * Walks every screen of the journey, and every refusal and fault screen, in one language, and
 * writes each as a 1080x1920 PNG named {@code NN-screen.LANG.png}.
 *
 * <p>Threading: run on the UI thread, with the stage showing.
 */
public final class ScreenshotTour {

    /** What the tour does at each screen it reaches: write a PNG, or check the screen's layout. */
    @FunctionalInterface
    public interface Visit {
        void screen(String name, KioskScene scene);
    }

    private final Path out;
    private final Path data;
    private final Stage stage;
    private final Language language;
    private final Function<SimulatedKiosk, KioskScene> sceneOf;
    private final Visit visit;
    private final List<Path> written = new ArrayList<>();
    private SimulatedKiosk kiosk;
    private KioskScene scene;
    private JourneyDriver drive;

    public ScreenshotTour(Path out, Path data, Stage stage, Language language) {
        this.out = out;
        this.data = data;
        this.stage = stage;
        this.language = language;
        this.sceneOf = Soak::scene;
        this.visit = (name, shown) -> write(name);
    }

    /**
     * The same walk over scenes built by {@code sceneOf} (large text, speech available), calling
     * {@code visit} at each screen instead of writing PNGs.
     */
    public ScreenshotTour(
            Path data, Stage stage, Language language, Function<SimulatedKiosk, KioskScene> sceneOf, Visit visit) {
        this.out = null;
        this.data = data;
        this.stage = stage;
        this.language = language;
        this.sceneOf = sceneOf;
        this.visit = visit;
    }

    /** Runs the tour; returns the files written. */
    public List<Path> run() {
        happyPath();
        coachingPerBrand();
        largeText();
        identity();
        refusalAndStaff();
        declineAndGoodbye();
        iphone();
        faults();
        afterErase();
        return written;
    }

    /** The journeys run in the EU profile, whose demo phone completes; the ID step needs US-IL. */
    private void open(String name) {
        open(name, "EU");
    }

    private void open(String name, String jurisdiction) {
        if (kiosk != null) {
            kiosk.close();
        }
        kiosk = new SimulatedKiosk(data.resolve(name + "-" + language.tag()), jurisdiction, ZoneId.of("Europe/Madrid"))
                .start();
        scene = sceneOf.apply(kiosk);
        stage.setScene(scene.scene());
        drive = new JourneyDriver(kiosk, scene);
    }

    private void happyPath() {
        open("happy");
        // The welcome is in every language; the header's choice sets the rest of the screen.
        drive.chooseLanguage(language);
        shot("01-attract");
        drive.tap("start");
        shot("02-language");
        drive.tap("language-" + language.tag());
        shot("03-checklist");
        drive.toDock();
        shot("04-dock-plug-in");
        drive.plug("redmi-note-13-usb-debugging-off");
        drive.tap("coach-xiaomi");
        shot("04b-dock-usb-debugging-coach");
        drive.plug("pixel-7-unauthorized");
        shot("05-dock-allow-usb-debugging");
        drive.plugUntil("pixel-8-clean", Phase.INSPECTING);
        shot("06-inspecting");
        drive.until(Phase.CONDITION);
        shot("07-condition");
        drive.tap("answer-0").tap("answer-1");
        drive.tap("answer-0").tap("answer-0");
        drive.until(Phase.OFFER);
        shot("08-offer");
        drive.tap("accept").ready("consent");
        shot("10-consent");
        drive.tap("consent");
        shot("11-erasing");
        drive.until(Phase.PRINTING_CERTIFICATE);
        shot("12-certificate");
        drive.until(Phase.DEPOSIT);
        shot("13-deposit-open-door");
        drive.wait(Duration.ofSeconds(75));
        shot("28-deposit-countdown");
        drive.openDoor();
        shot("14-deposit-put-phone-in");
        drive.putPhoneInAndClose().until(Phase.PRINTING_VOUCHER);
        shot("15-payout-voucher");
        drive.until(Phase.COMPLETED);
        shot("16-done");
    }

    /** Illinois asks for ID; its demo phone reveals its IMEI, as the block-list rule there needs. */
    private void identity() {
        open("identity", "US-IL");
        drive.begin(language).toDock().plug("moto-g7-imei").allowUsbDebugging().until(Phase.CONDITION);
        drive.answerCondition(0, 0, 0, 0).until(Phase.OFFER).tap("accept");
        shot("09-identity");
    }

    private void refusalAndStaff() {
        open("refused");
        drive.begin(language)
                .toDock()
                .plug("galaxy-s23-frp")
                .allowUsbDebugging()
                .until(Phase.REFUSED);
        shot("17-refused-frp");
        drive.wait(Duration.ofMinutes(4));
        shot("18-operator-needed");
    }

    private void declineAndGoodbye() {
        open("declined");
        drive.begin(language).toDock().plug("pixel-8-clean").allowUsbDebugging().until(Phase.CONDITION);
        drive.answerCondition(0, 0, 0, 0).until(Phase.OFFER).tap("decline");
        shot("19-return-phone");
        drive.unplug();
        shot("20-goodbye");
    }

    private void faults() {
        open("faults");
        drive.begin(language).toDock().plug("pixel-8-clean").allowUsbDebugging().until(Phase.CONDITION);
        drive.answerCondition(0, 0, 0, 0).until(Phase.OFFER).tap("accept");
        // With no paper the certificate stays on screen until the seller says they have it.
        drive.paperOut().tap("consent").until(Phase.CERTIFICATE_ON_SCREEN).tap("receipt-saved");
        drive.until(Phase.CHOOSING_BIN);
        drive.jamLatch(1).until(Phase.DEPOSIT);
        shot("21-paper-out-and-latch-jam");
    }

    /**
     * The checklist once the seller has said who made their phone: the account item opens on that
     * maker's own steps, one picture per maker.
     */
    private void coachingPerBrand() {
        open("brands");
        drive.begin(language);
        for (BrandFamily family : BrandFamily.values()) {
            drive.tap("brand-" + family.name().toLowerCase(Locale.ROOT));
            drive.reveal("check-" + ChecklistItem.Topic.CLOUD_ACCOUNTS.name());
            shot("03-checklist-" + family.name().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * A seller who chose large text, on the screens with the most words: the checklist, the
     * condition questions, the offer, the consent, the deposit, the end, and a refusal.
     */
    private void largeText() {
        open("large-text");
        drive.begin(language).largeText();
        shot("large-03-checklist");
        drive.toDock().plug("pixel-8-clean").allowUsbDebugging().until(Phase.CONDITION);
        shot("large-07-condition");
        drive.answerCondition(0, 1, 0, 0).until(Phase.OFFER);
        shot("large-08-offer");
        drive.tap("accept").ready("consent");
        shot("large-10-consent");
        drive.tap("consent").until(Phase.DEPOSIT);
        shot("large-13-deposit-open-door");
        drive.openDoor().putPhoneInAndClose().until(Phase.COMPLETED);
        shot("large-16-done");

        open("large-text-refused");
        drive.begin(language).largeText();
        drive.toDock().plug("galaxy-s23-frp").allowUsbDebugging().until(Phase.REFUSED);
        shot("large-17-refused-frp");
    }

    /**
     * An iPhone on the dock: the coaching before pairing (unlock, Trust), the screen after "Don't
     * Trust", Find My refused before the offer, and a traded iPhone's certificate.
     */
    private void iphone() {
        open("iphone");
        drive.begin(language).toDock().plugIphone("iphone-12-passcode-locked");
        drive.awaitIphone(d -> d.prompt().equals(Optional.of(DockStatus.Prompt.UNLOCK)));
        shot("23-iphone-unlock");
        drive.unlockIphone().awaitIphone(d -> d.prompt().equals(Optional.of(DockStatus.Prompt.TRUST)));
        shot("24-iphone-trust");
        drive.dontTrustIphone().awaitIphone(d -> d.prompt().equals(Optional.of(DockStatus.Prompt.TRUST_DECLINED)));
        shot("25-iphone-trust-declined");

        open("iphone-find-my");
        drive.begin(language).toDock().plugIphone("iphone-14-pro-find-my");
        drive.awaitIphone(d -> d.prompt().equals(Optional.of(DockStatus.Prompt.TRUST)));
        drive.trustIphone().until(Phase.REFUSED);
        shot("26-iphone-refused-find-my");

        open("iphone-trade");
        drive.begin(language).toDock().plugIphone("iphone-13-clean");
        drive.awaitIphone(d -> d.prompt().equals(Optional.of(DockStatus.Prompt.TRUST)));
        drive.trustIphone().until(Phase.CONDITION);
        drive.answerCondition(0, 0, 0, 0).until(Phase.OFFER).tap("accept");
        drive.tap("consent").until(Phase.PRINTING_CERTIFICATE);
        shot("27-iphone-certificate");
    }

    /** After the erase: taking the phone back asks first; a voucher that did not print stays on screen. */
    private void afterErase() {
        open("after-erase");
        drive.begin(language).toDock().plug("pixel-8-clean").allowUsbDebugging().until(Phase.CONDITION);
        drive.answerCondition(0, 0, 0, 0).until(Phase.OFFER).tap("accept");
        drive.tap("consent").until(Phase.DEPOSIT);
        drive.tap("cancel");
        shot("29-cancel-after-erase");
        drive.tap("cancel-keep").openDoor();
        drive.paperOut().putPhoneInAndClose().until(Phase.VOUCHER_ON_SCREEN);
        shot("30-voucher-on-screen");
    }

    private void shot(String name) {
        visit.screen(name, scene);
    }

    private void write(String name) {
        WritableImage image = scene.screen().snapshot(null, null);
        Path file = out.resolve(name + "." + language.tag().toLowerCase(Locale.ROOT) + ".png");
        try {
            Files.createDirectories(out);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        written.add(file);
    }

    /** Closes the last kiosk's ledger. */
    public void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }
}
