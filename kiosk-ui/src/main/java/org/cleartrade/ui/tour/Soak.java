package org.cleartrade.ui.tour;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.session.Phase;
import org.cleartrade.ports.printer.PrinterStatus;
import org.cleartrade.ui.exec.CurrentThreadTaskExecutor;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.i18n.OfferedLanguages;
import org.cleartrade.ui.session.InputClock;
import org.cleartrade.ui.shell.KioskScene;
import org.cleartrade.ui.shell.ScreenId;
import org.cleartrade.ui.speech.SilentSpeech;

/**
 * Plays sellers back to back through the real screens of one kiosk: one {@link SimulatedKiosk}
 * (real H2 ledger, simulated dock, latch and printer) and one {@link KioskScene} for the whole run,
 * as a kiosk serves sellers all day in one process. The journeys rotate through a mix of happy,
 * declined, cancelled, refused, taken-back-after-erase and fault journeys (voucher not printed,
 * jammed latch) in each offered language, and every screen a seller reaches is checked: the right
 * screen for the session's phase, the question counter at the question being asked and never past
 * the last, and the buttons the seller needs shown and enabled.
 *
 * <p>A seller is <em>stuck</em> when the journey cannot go on as a seller would (a screen that is
 * not the expected one, a button missing or disabled, a phase never reached) or does not end on the
 * attract screen for the next seller; the run then ends that session the way the kiosk's own
 * finish does and goes on. A seller is <em>unpaid after erase</em> when the ledger says their phone
 * was erased and they are still owed money once their turn is over.
 *
 * <p>Threading: {@link #run} is called off the UI thread; each seller is played on the UI thread
 * through {@code ui}.
 */
public final class Soak {

    /** One kind of seller. */
    public enum Journey {
        HAPPY,
        DECLINED,
        CANCELLED,
        REFUSED,
        VOUCHER_NOT_PRINTED,
        TAKEN_BACK_AFTER_ERASE,
        JAMMED_LATCH
    }

    /** The order sellers arrive in; it repeats, once per language in turn. */
    static final List<Journey> MIX = List.of(
            Journey.HAPPY,
            Journey.DECLINED,
            Journey.CANCELLED,
            Journey.REFUSED,
            Journey.VOUCHER_NOT_PRINTED,
            Journey.HAPPY,
            Journey.TAKEN_BACK_AFTER_ERASE,
            Journey.JAMMED_LATCH);

    private static final List<Language> LANGUAGES = List.of(Language.ENGLISH, Language.CHINESE, Language.SPANISH);
    private static final int QUESTIONS = 4;
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** Runs a step on the UI thread and returns once it has run. */
    public interface UiThread {
        void run(Runnable step);
    }

    /** What a run found. */
    public record Result(
            int sellers, int stuck, int unpaidAfterErase, List<String> problems, List<Duration> perSeller) {

        /** The line the command prints. */
        public String summary() {
            return "sellers: " + sellers + ", stuck: " + stuck + ", unpaid after erase: " + unpaidAfterErase;
        }

        public boolean clean() {
            return stuck == 0 && unpaidAfterErase == 0;
        }

        /** The wall time of the seller at {@code percent} (50 for the median) of the sorted times. */
        public Duration percentile(int percent) {
            List<Duration> sorted = perSeller.stream().sorted().toList();
            return sorted.isEmpty()
                    ? Duration.ZERO
                    : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
        }
    }

    private final SimulatedKiosk kiosk;
    private final KioskScene scene;
    private final JourneyDriver drive;
    private final UiThread ui;
    private final SoakStaff staff;

    /** The kiosk's scene on {@code kiosk}, as the soak drives it: English first, no speech. */
    public static KioskScene scene(SimulatedKiosk kiosk) {
        return new KioskScene(new KioskScene.Inputs(
                kiosk.sessions(),
                new CurrentThreadTaskExecutor(),
                InputClock.NONE,
                new OfferedLanguages(kiosk.profile().languages()),
                Language.ENGLISH,
                kiosk.clock(),
                kiosk.clock(),
                VerificationLink.none(),
                new SilentSpeech(),
                false,
                false,
                () -> kiosk.sessions().finish()));
    }

    public Soak(SimulatedKiosk kiosk, KioskScene scene, UiThread ui) {
        this.kiosk = kiosk;
        this.scene = scene;
        this.drive = new JourneyDriver(kiosk, scene);
        this.ui = ui;
        this.staff = new SoakStaff(kiosk);
    }

    /** The journey of the {@code n}th seller (from 0). */
    public static Journey journey(int n) {
        return MIX.get(n % MIX.size());
    }

    static Language language(int n) {
        return LANGUAGES.get(n / MIX.size() % LANGUAGES.size());
    }

    /** Plays {@code sellers} sellers one after the other. */
    public Result run(int sellers) {
        int stuck = 0;
        int unpaid = 0;
        List<String> problems = new ArrayList<>();
        List<Duration> perSeller = new ArrayList<>();
        for (int n = 0; n < sellers; n++) {
            long started = System.nanoTime();
            Journey journey = journey(n);
            Language language = language(n);
            String who = "seller " + (n + 1) + " (" + journey + ", " + language.tag() + ")";
            Seller seller = new Seller(journey, language);
            ui.run(seller::playCatching);
            if (seller.stuck != null) {
                stuck++;
                problems.add(who + " stuck: " + seller.stuck.getMessage());
                ui.run(this::endStuckSession);
            }
            Optional<String> owed =
                    seller.tradeId.flatMap(id -> kiosk.ledger().owedToSeller(id).map(m -> id + " owes " + m.text()));
            if (owed.isPresent()) {
                unpaid++;
                problems.add(who + " unpaid after erase: trade " + owed.get());
            }
            perSeller.add(Duration.ofNanos(System.nanoTime() - started));
            ui.run(staff::round);
        }
        return new Result(sellers, stuck, unpaid, List.copyOf(problems), List.copyOf(perSeller));
    }

    /** What the kiosk's finish does for a session that ended badly, then the devices put right. */
    private void endStuckSession() {
        kiosk.devices().dock().unplug();
        kiosk.devices().printer().setStatus(PrinterStatus.READY);
        drive.poll();
        if (screen() != ScreenId.ATTRACT) {
            kiosk.sessions().finish();
            kiosk.settle();
        }
        if (screen() != ScreenId.ATTRACT) {
            throw new IllegalStateException("the kiosk could not return to the attract screen; it shows " + screen());
        }
    }

    private ScreenId screen() {
        return drive.screen();
    }

    /** One seller's visit, with the trade it made if any. */
    private final class Seller {

        private final Journey journey;
        private final Language language;
        private Optional<String> tradeId = Optional.empty();
        /** Why the seller could not go on, if they could not. */
        private RuntimeException stuck;

        Seller(Journey journey, Language language) {
            this.journey = journey;
            this.language = language;
        }

        void playCatching() {
            try {
                play();
            } catch (RuntimeException e) {
                stuck = e;
            }
        }

        void play() {
            expect(ScreenId.ATTRACT, "start");
            drive.tap("start");
            expect(ScreenId.LANGUAGE, "language-" + language.tag());
            drive.tap("language-" + language.tag());
            expect(ScreenId.CHECKLIST, "checklist-done");
            drive.toDock();
            expect(ScreenId.DOCK);
            if (journey == Journey.REFUSED) {
                refused();
            } else {
                drive.plug("pixel-8-clean").allowUsbDebugging().until(Phase.CONDITION);
                conditionQuestions();
                if (journey == Journey.CANCELLED) {
                    drive.tap("cancel");
                    phoneBack();
                } else {
                    drive.until(Phase.OFFER);
                    expect(ScreenId.QUOTE, "accept", "decline");
                    if (journey == Journey.DECLINED) {
                        drive.tap("decline");
                        phoneBack();
                    } else {
                        afterAccept();
                    }
                }
            }
            toAttract();
        }

        /** Each question shows its own number of the four; a cancelling seller goes back once first. */
        private void conditionQuestions() {
            int[] answers = {0, 1, 0, 0};
            for (int q = 1; q <= QUESTIONS; q++) {
                expect(ScreenId.CONDITION, "answer-0", "answer-1", "cancel");
                expectQuestion(q);
                if (journey == Journey.CANCELLED && q == 2) {
                    drive.tap("back");
                    expectQuestion(1);
                    return;
                }
                drive.tap("answer-" + answers[q - 1]);
            }
        }

        private void expectQuestion(int q) {
            String counter = text("condition-counter");
            Matcher numbers = NUMBER.matcher(counter);
            List<Integer> found = new ArrayList<>();
            while (numbers.find()) {
                found.add(Integer.parseInt(numbers.group()));
            }
            if (!found.equals(List.of(q, QUESTIONS))) {
                throw new IllegalStateException(
                        "the question counter reads \"" + counter + "\" at question " + q + " of " + QUESTIONS);
            }
        }

        private void refused() {
            drive.plug("galaxy-s23-frp").allowUsbDebugging().until(Phase.REFUSED);
            expect(ScreenId.REFUSED, "retry");
            drive.unplug();
            expect(ScreenId.GOODBYE, "finish");
        }

        private void afterAccept() {
            if (journey == Journey.JAMMED_LATCH) {
                drive.jamLatch(1);
            }
            drive.tap("accept");
            expect(ScreenId.CONSENT);
            drive.tap("consent").until(Phase.DEPOSIT);
            tradeId = scene.session().snapshot().trade().tradeId();
            expect(ScreenId.DEPOSIT, "more-time", "cancel");
            if (text("deposit-countdown").isBlank()) {
                throw new IllegalStateException("the deposit screen shows no countdown");
            }
            if (journey == Journey.JAMMED_LATCH && drive.bin() == 1) {
                throw new IllegalStateException("the seller was sent to the jammed bin 1");
            }
            if (journey == Journey.TAKEN_BACK_AFTER_ERASE) {
                drive.tap("cancel");
                expect(ScreenId.DEPOSIT, "cancel-keep", "cancel-confirm");
                drive.tap("cancel-keep");
                expect(ScreenId.DEPOSIT, "more-time", "cancel");
                drive.tap("cancel").tap("cancel-confirm").settle().until(Phase.RETURNING_PHONE);
                phoneBack();
                return;
            }
            drive.openDoor();
            if (journey == Journey.VOUCHER_NOT_PRINTED) {
                drive.paperOut().putPhoneInAndClose().until(Phase.VOUCHER_ON_SCREEN);
                expect(ScreenId.PAYOUT, "voucher-saved");
                if (!visible("voucher-qr")) {
                    throw new IllegalStateException("the unprinted voucher is not on screen as a QR");
                }
                drive.tap("voucher-saved").settle();
            } else {
                drive.putPhoneInAndClose().until(Phase.COMPLETED);
            }
            expect(ScreenId.DONE);
            TradeRecord.Status status = tradeId.flatMap(kiosk.ledger()::trade)
                    .map(TradeRecord::status)
                    .orElseThrow(() -> new IllegalStateException("the done screen shows but the ledger has no trade"));
            if (status != TradeRecord.Status.PAID) {
                throw new IllegalStateException("the done screen shows but the trade is " + status);
            }
            // The seller took the phone off the dock to put it in the bin.
            drive.unplug();
        }

        /** The seller takes the phone back from the dock and is told goodbye. */
        private void phoneBack() {
            expect(ScreenId.RETURN_PHONE);
            drive.unplug();
            expect(ScreenId.GOODBYE, "finish");
        }

        /** The next seller finds the attract screen, whether this one tapped Finish or walked off. */
        private void toAttract() {
            if (enabled("finish")) {
                drive.tap("finish");
            } else {
                drive.wait(Duration.ofSeconds(31));
            }
            expect(ScreenId.ATTRACT, "start");
        }
    }

    /** The screen is {@code screen}, it belongs to the session's phase, and each control is usable. */
    private void expect(ScreenId expected, String... controls) {
        ScreenId shown = screen();
        if (shown != expected) {
            throw new IllegalStateException(
                    "expected the " + expected + " screen but " + shown + " shows, in phase " + drive.phase());
        }
        for (String id : controls) {
            if (!enabled(id)) {
                throw new IllegalStateException("#" + id + " is not shown enabled on the " + shown + " screen");
            }
        }
    }

    private boolean enabled(String id) {
        Node node = scene.screen().lookup("#" + id);
        return node instanceof ButtonBase b && b.isVisible() && !b.isDisabled();
    }

    private boolean visible(String id) {
        Node node = scene.screen().lookup("#" + id);
        return node != null && node.isVisible();
    }

    private String text(String id) {
        Node node = scene.screen().lookup("#" + id);
        return node instanceof Label label ? label.getText() : "";
    }
}
