package org.cleartrade.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.cleartrade.codes.qr.ZxingQrReader;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.session.OperatorAlert;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.Scheduler;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.ui.demo.DemoPanelViewModel;
import org.cleartrade.ui.exec.CurrentThreadTaskExecutor;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.i18n.OfferedLanguages;
import org.cleartrade.ui.screen.QrCodeNode;
import org.cleartrade.ui.shell.KioskScene;
import org.cleartrade.ui.shell.ScreenId;
import org.cleartrade.ui.speech.SilentSpeech;
import org.cleartrade.ui.tour.JourneyDriver;
import org.cleartrade.ui.tour.SimulatedKiosk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Whole seller journeys through the real screens, session runner, H2 ledger and simulators,
 * headless under Monocle. Time and device answers are driven explicitly: nothing sleeps.
 */
class KioskJourneyTest {

    @TempDir
    Path data;

    private final FxRobot robot = new FxRobot();
    private SimulatedKiosk kiosk;
    private KioskScene scene;
    private JourneyDriver drive;

    private static final VerificationLink LINK = VerificationLink.to("http://127.0.0.1:8080/c");

    private void open(String jurisdiction) throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        kiosk = new SimulatedKiosk(data, jurisdiction, ZoneId.of("Europe/Madrid"), LINK).start();
        robot.interact(() -> {
            scene = new KioskScene(new KioskScene.Inputs(
                    kiosk.sessions(),
                    new CurrentThreadTaskExecutor(),
                    new LatencyRecorder(),
                    new OfferedLanguages(kiosk.profile().languages()),
                    Language.ENGLISH,
                    kiosk.clock(),
                    kiosk.clock(),
                    LINK,
                    new SilentSpeech(),
                    false,
                    false,
                    () -> kiosk.sessions().finish()));
            stage.setScene(scene.scene());
            stage.setWidth(540);
            stage.setHeight(960);
            stage.show();
            drive = new JourneyDriver(kiosk, scene);
        });
    }

    /** Runs a step of the journey on the UI thread. */
    private void step(Runnable r) {
        robot.interact(r);
    }

    private ScreenId screen() {
        return drive.screen();
    }

    private String text(String id) {
        Node n = scene.screen().lookup("#" + id);
        return n instanceof Label l ? l.getText() : "";
    }

    private void toOffer(String phone) {
        step(() -> drive.begin(Language.ENGLISH)
                .toDock()
                .plug(phone)
                .allowUsbDebugging()
                .until(Phase.CONDITION)
                .answerCondition(0, 1, 0, 0)
                .until(Phase.OFFER));
    }

    @AfterEach
    void closeLedger() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @AfterAll
    static void reportLatency() throws IOException {
        String report = String.format(
                "input-to-next-screen over %d inputs: median %d us, p99 %d us%n",
                LatencyRecorder.SAMPLES.size(),
                LatencyRecorder.percentileMicros(50),
                LatencyRecorder.percentileMicros(99));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/journey-latency.txt"), report);
        System.out.print(report);
    }

    private String printedQr() throws Exception {
        Path png = data.resolve("latest-receipt.png");
        Files.write(png, kiosk.devices().printer().latestReceiptPng().orElseThrow());
        return new ZxingQrReader().read(png);
    }

    /**
     * The demo panel plays the seller's hands: the phone goes into the tray still on its cable, so
     * the kiosk reads its serial there and pays; once the next seller's turn starts the phone is
     * off the cable, and the dock waits for the next phone instead of inspecting the one in the bin.
     */
    @Test
    void theDemoPanelPlaysTwoSellersBackToBack() throws Exception {
        open("EU");
        DemoPanelViewModel[] panels = new DemoPanelViewModel[1];
        step(() -> panels[0] = new DemoPanelViewModel(
                kiosk.devices(), new CurrentThreadTaskExecutor(), scene.session(), kiosk.clock()));
        DemoPanelViewModel panel = panels[0];
        step(() -> {
            drive.begin(Language.ENGLISH).toDock();
            panel.scenarioProperty().set("pixel-8-clean");
            panel.plugPhone();
            panel.authorizePhone();
            drive.until(Phase.CONDITION)
                    .answerCondition(0, 1, 0, 0)
                    .until(Phase.OFFER)
                    .tap("accept");
            drive.tap("consent").until(Phase.DEPOSIT);
            panel.openDoor();
            drive.poll();
            panel.putPhoneIn();
            drive.poll();
            panel.closeDoor();
            drive.until(Phase.COMPLETED);
        });
        String tradeId = scene.session().snapshot().trade().tradeId().orElseThrow();
        assertThat(kiosk.ledger().trade(tradeId)).map(TradeRecord::status).contains(TradeRecord.Status.PAID);
        assertThat(kiosk.devices().cable().status().unplugged())
                .as("the paid phone is still on the cable in its locked bin until the seller has gone")
                .isFalse();

        step(() -> drive.tap("finish").until(Phase.ATTRACT));
        assertThat(kiosk.devices().cable().status().unplugged()).isTrue();
        step(() -> drive.begin(Language.ENGLISH).toDock().settle());
        assertThat(scene.session().snapshot().phase()).isEqualTo(Phase.AWAIT_PHONE);
    }

    /** Staff unlock bins behind the seller session's back; the demo panel still shows it at its next read. */
    @Test
    void theDemoPanelShowsABinStaffUnlocked() throws Exception {
        open("EU");
        List<Runnable> scheduled = new ArrayList<>();
        Scheduler recording = (delay, task) -> {
            scheduled.add(task);
            return () -> {};
        };
        DemoPanelViewModel[] panels = new DemoPanelViewModel[1];
        step(() -> {
            panels[0] = new DemoPanelViewModel(
                    kiosk.devices(), new CurrentThreadTaskExecutor(), scene.session(), kiosk.clock());
            panels[0].refreshEvery(recording, Duration.ofSeconds(2));
        });
        assertThat(panels[0].binStatusProperty().get()).startsWith("Bin 1: door closed, locked");

        kiosk.devices().latch().unlock(1);
        step(() -> scheduled.get(0).run());

        assertThat(panels[0].binStatusProperty().get()).startsWith("Bin 1: door closed, unlocked");
        assertThat(scheduled).as("the next read is scheduled").hasSize(2);
    }

    /** The USB-debugging coach fills the maker the seller picked, as the checklist does. */
    @Test
    void theCoachShowsWhichMakerTheSellerPicked() throws Exception {
        open("EU");
        step(() -> drive.begin(Language.ENGLISH)
                .toDock()
                .plug("redmi-note-13-usb-debugging-off")
                .tap("coach-xiaomi"));

        assertThat(scene.screen().lookup("#coach-xiaomi").getStyleClass()).contains("primary");
        assertThat(scene.screen().lookup("#coach-samsung").getStyleClass())
                .contains("secondary")
                .doesNotContain("primary");
        assertThat(text("coach-steps")).contains("MIUI");
    }

    @Test
    void happyPathEndsWithThePhoneLockedInABinAndAVoucher() throws Exception {
        open("EU");
        robot.clickOn("#start");
        assertThat(screen()).isEqualTo(ScreenId.LANGUAGE);
        robot.clickOn("#language-en");
        assertThat(screen()).isEqualTo(ScreenId.CHECKLIST);
        step(() -> drive.toDock().plug("pixel-8-clean").allowUsbDebugging().until(Phase.CONDITION));
        step(() -> drive.answerCondition(0, 1, 0, 0).until(Phase.OFFER).tap("accept"));
        assertThat(screen()).isEqualTo(ScreenId.CONSENT);
        step(() -> drive.tap("consent").until(Phase.PRINTING_CERTIFICATE));
        assertThat(scene.screen().lookup("#certificate-qr").isVisible()).isTrue();
        String onScreen = ((QrCodeNode) scene.screen().lookup("#certificate-qr")).text();
        step(() -> drive.until(Phase.CHOOSING_BIN));
        assertThat(onScreen)
                .as("the on-screen QR is the printed link to the verification page")
                .startsWith("http://127.0.0.1:8080/c#CT:")
                .isEqualTo(printedQr());
        step(() -> drive.until(Phase.DEPOSIT).openDoor().putPhoneInAndClose().until(Phase.COMPLETED));

        assertThat(screen()).isEqualTo(ScreenId.DONE);
        int bin = scene.session().snapshot().trade().deposit().bin().orElseThrow();
        BinStatus status = kiosk.devices().latch().status(bin);
        assertThat(status.secured()).isTrue();
        assertThat(status.occupied()).isTrue();
        String tradeId = scene.session().snapshot().trade().tradeId().orElseThrow();
        assertThat(kiosk.ledger().trade(tradeId)).map(TradeRecord::status).contains(TradeRecord.Status.PAID);
        assertThat(kiosk.ledger().voucher(tradeId)).isPresent();
        assertThat(kiosk.devices().printer().latestReceipt()).isPresent();
    }

    @Test
    void declineGivesThePhoneBackAndKeepsNoTrade() throws Exception {
        open("EU");
        toOffer("pixel-8-clean");
        step(() -> drive.tap("decline"));
        assertThat(screen()).isEqualTo(ScreenId.RETURN_PHONE);
        step(() -> drive.unplug());

        assertThat(screen()).isEqualTo(ScreenId.GOODBYE);
        assertThat(scene.session().snapshot().trade().tradeId()).isEmpty();
    }

    @Test
    void cancelBeforeAcceptingReturnsThePhone() throws Exception {
        open("EU");
        step(() -> drive.begin(Language.ENGLISH)
                .toDock()
                .plug("pixel-8-clean")
                .allowUsbDebugging()
                .until(Phase.CONDITION));
        step(() -> drive.tap("cancel"));

        assertThat(screen()).isEqualTo(ScreenId.RETURN_PHONE);
        assertThat(((Label) scene.screen().lookup("#screen-title")).getText()).isEqualTo("Please take your phone");
    }

    @Test
    void anFrpLockedPhoneIsRefusedWithAFix() throws Exception {
        open("EU");
        step(() -> drive.begin(Language.ENGLISH)
                .toDock()
                .plug("galaxy-s23-frp")
                .allowUsbDebugging()
                .until(Phase.REFUSED));

        assertThat(screen()).isEqualTo(ScreenId.REFUSED);
        assertThat(scene.screen().lookup("#retry").isVisible()).isTrue();
        assertThat(scene.session().snapshot().trade().tradeId()).isEmpty();
    }

    @Test
    void anEraseThatCannotBeVerifiedNeverIssuesACertificate() throws Exception {
        open("EU");
        toOffer("moto-g7-imei");
        step(() -> drive.tap("accept").tap("consent").until(Phase.RETURNING_PHONE));

        assertThat(screen()).isEqualTo(ScreenId.RETURN_PHONE);
        assertThat(scene.session().snapshot().trade().certificate()).isEmpty();
        assertThat(((Label) scene.screen().lookup("#notice")).getText()).isNotEmpty();
    }

    @Test
    void paperOutKeepsTheCertificateOnScreenUntilTheSellerHasIt() throws Exception {
        open("EU");
        toOffer("pixel-8-clean");
        step(() -> drive.tap("accept").paperOut().tap("consent").until(Phase.CERTIFICATE_ON_SCREEN));

        assertThat(screen()).isEqualTo(ScreenId.RECEIPT);
        assertThat(((Label) scene.screen().lookup("#notice")).getText()).contains("out of paper");
        assertThat(scene.screen().lookup("#certificate-qr").isVisible()).isTrue();
        assertThat(text("certificate-summary")).contains("Pixel 8", "only copy");
        step(() -> drive.settle().wait(Duration.ofSeconds(20)));
        assertThat(drive.phase()).as("no bin opens while the certificate waits").isEqualTo(Phase.CERTIFICATE_ON_SCREEN);

        step(() -> drive.tap("receipt-saved").until(Phase.DEPOSIT));

        assertThat(screen()).isEqualTo(ScreenId.DEPOSIT);
        assertThat(((Label) scene.screen().lookup("#notice")).getText()).isEmpty();
    }

    @Test
    void aJammedLatchMovesTheSellerToAnotherBin() throws Exception {
        open("EU");
        toOffer("pixel-8-clean");
        step(() -> drive.jamLatch(1).tap("accept").tap("consent").until(Phase.DEPOSIT));

        assertThat(drive.bin()).isNotEqualTo(1);
        assertThat(((Label) scene.screen().lookup("#notice")).getText()).contains("stuck");
        assertThat(text("bin-number")).contains(String.valueOf(drive.bin()));
    }

    @ParameterizedTest
    @CsvSource({
        "CHECKLIST, 11, ATTRACT",
        "AWAIT_PHONE, 4, ATTRACT",
        "CONDITION, 4, RETURN_PHONE",
        "OFFER, 4, RETURN_PHONE",
        "CONSENT, 4, RETURN_PHONE",
    })
    void walkingAwayEndsTheSessionWithThePhoneAccountedFor(Phase phase, int minutes, ScreenId after) throws Exception {
        open("EU");
        step(() -> {
            drive.begin(Language.ENGLISH);
            if (phase != Phase.CHECKLIST) {
                drive.toDock();
            }
            if (phase == Phase.CONDITION || phase == Phase.OFFER || phase == Phase.CONSENT) {
                drive.plug("pixel-8-clean").allowUsbDebugging().until(Phase.CONDITION);
            }
            if (phase == Phase.OFFER || phase == Phase.CONSENT) {
                drive.answerCondition(0, 0, 0, 0).until(Phase.OFFER);
            }
            if (phase == Phase.CONSENT) {
                drive.tap("accept");
            }
        });
        assertThat(drive.phase()).isEqualTo(phase);

        step(() -> drive.wait(Duration.ofMinutes(minutes)));

        assertThat(screen()).isEqualTo(after);
    }

    @Test
    void anEndedSessionGoesBackToAttractForTheNextSeller() throws Exception {
        open("EU");
        step(() -> drive.begin(Language.ENGLISH).tap("cancel"));
        assertThat(screen()).isEqualTo(ScreenId.GOODBYE);

        step(() -> drive.wait(Duration.ofSeconds(31)));

        assertThat(screen()).isEqualTo(ScreenId.ATTRACT);
        assertThat(scene.text().language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void walkingAwayFromAnOpenBinCallsStaffAndNeverPays() throws Exception {
        open("EU");
        toOffer("pixel-8-clean");
        step(() -> drive.tap("accept").tap("consent").until(Phase.DEPOSIT).openDoor());

        step(() -> drive.wait(Duration.ofMinutes(4)));

        assertThat(screen()).isNotIn(ScreenId.DEPOSIT, ScreenId.DONE, ScreenId.ATTRACT);
        assertThat(scene.session().snapshot().trade().voucher()).isEmpty();
        // The kiosk waits for the door to close before it calls staff about a door left open.
        step(() -> drive.wait(Duration.ofMinutes(3)));
        assertThat(scene.session().snapshot().trade().voucher()).isEmpty();
        assertThat(scene.session().snapshot().alerts())
                .extracting(OperatorAlert::kind)
                .contains(OperatorAlert.Kind.DOOR_LEFT_OPEN);
    }

    @Test
    void theSecondSellerInOneKioskAnswersTheQuestionsFromTheFirst() throws Exception {
        open("EU");
        toOffer("pixel-8-clean");
        step(() -> drive.tap("decline").unplug().tap("finish"));
        assertThat(screen()).isEqualTo(ScreenId.ATTRACT);

        step(() -> drive.begin(Language.ENGLISH)
                .toDock()
                .plug("pixel-8-clean")
                .allowUsbDebugging()
                .until(Phase.CONDITION));

        assertThat(text("condition-counter")).isEqualTo("Question 1 of 4");
        step(() -> drive.tap("answer-0"));
        assertThat(text("condition-counter")).isEqualTo("Question 2 of 4");
        step(() -> drive.tap("back"));
        assertThat(text("condition-counter")).isEqualTo("Question 1 of 4");
        step(() -> drive.answerCondition(0, 1, 0, 0).until(Phase.OFFER));
        assertThat(screen()).isEqualTo(ScreenId.QUOTE);
    }

    @Test
    void theBinStaysOpenWithACountdownLongerThanTheLatchsOwnRelockTime() throws Exception {
        open("EU");
        toOffer("pixel-8-clean");
        step(() -> drive.tap("accept").tap("consent").until(Phase.DEPOSIT));
        assertThat(text("deposit-countdown")).isEqualTo("Time left: 2:00");

        step(() -> drive.wait(Duration.ofSeconds(45)));

        assertThat(drive.phase()).isEqualTo(Phase.DEPOSIT);
        assertThat(kiosk.devices().latch().status(drive.bin()).locked()).isFalse();
        assertThat(text("deposit-countdown")).isEqualTo("Time left: 1:15");
        step(() -> drive.tap("more-time").settle());
        assertThat(text("deposit-countdown")).isEqualTo("Time left: 2:00");
        step(() -> drive.wait(Duration.ofSeconds(100))
                .openDoor()
                .putPhoneInAndClose()
                .until(Phase.COMPLETED));
        assertThat(screen()).isEqualTo(ScreenId.DONE);
    }

    @Test
    void whenTheCountdownEndsTheSellerIsToldWhatHappenedAndWhatTheyAreOwed() throws Exception {
        open("EU");
        toOffer("pixel-8-clean");
        step(() -> drive.tap("accept").tap("consent").until(Phase.DEPOSIT));

        step(() -> drive.wait(Duration.ofMinutes(3)));

        assertThat(screen()).isEqualTo(ScreenId.OPERATOR_NEEDED);
        assertThat(text("notice-what"))
                .contains("The time to put your phone in the bin ran out")
                .contains("you are owed €")
                .doesNotContain("got no answer");
        String tradeId = scene.session().snapshot().trade().tradeId().orElseThrow();
        assertThat(kiosk.ledger().openAlerts())
                .anySatisfy(a -> assertThat(a.owed()).isEqualTo(kiosk.ledger().owedToSeller(tradeId)));
    }

    @Test
    void takingAnErasedPhoneBackAsksFirstAndTheGoodbyeSaysWhatWasKept() throws Exception {
        open("EU");
        toOffer("pixel-8-clean");
        step(() -> drive.tap("accept").tap("consent").until(Phase.DEPOSIT));

        step(() -> drive.tap("cancel"));
        assertThat(drive.phase()).isEqualTo(Phase.DEPOSIT);
        assertThat(text("cancel-question")).contains("already erased").contains("will not be paid");
        step(() -> drive.tap("cancel-keep"));
        assertThat(scene.screen().lookup("#cancel-confirmation").isVisible()).isFalse();
        assertThat(drive.phase()).isEqualTo(Phase.DEPOSIT);

        step(() -> drive.tap("cancel").tap("cancel-confirm").settle().until(Phase.RETURNING_PHONE));
        step(() -> drive.unplug());

        assertThat(screen()).isEqualTo(ScreenId.GOODBYE);
        assertThat(text("notice-next"))
                .contains("Your phone was erased and you took it back")
                .contains("erasure certificate")
                .doesNotContain("Nothing about you");
        String tradeId = scene.session().snapshot().trade().tradeId().orElseThrow();
        assertThat(kiosk.ledger().settlement(tradeId).phoneReturned()).isPresent();
    }

    @Test
    void aVoucherThatDidNotPrintStaysOnScreenAndTheSellerIsPaidOnlyOnceTheyHaveIt() throws Exception {
        open("EU");
        toOffer("pixel-8-clean");
        step(() -> drive.tap("accept").tap("consent").until(Phase.DEPOSIT).openDoor());
        step(() -> drive.paperOut().putPhoneInAndClose().until(Phase.VOUCHER_ON_SCREEN));

        String tradeId = scene.session().snapshot().trade().tradeId().orElseThrow();
        assertThat(screen()).isEqualTo(ScreenId.PAYOUT);
        assertThat(scene.screen().lookup("#voucher-qr").isVisible()).isTrue();
        assertThat(text("voucher-summary"))
                .contains("used once")
                .contains("the store's service counter")
                .doesNotContain("you are paid");
        assertThat(kiosk.ledger().trade(tradeId)).map(TradeRecord::status).contains(TradeRecord.Status.BINNED);
        assertThat(kiosk.ledger().owedToSeller(tradeId)).isPresent();

        step(() -> drive.tap("voucher-saved").settle());

        assertThat(screen()).isEqualTo(ScreenId.DONE);
        assertThat(text("notice-what"))
                .startsWith("Your voucher is worth €")
                .contains("Take it to the store's service counter")
                .doesNotContain("You are paid");
        assertThat(text("notice-next"))
                .contains("Redeem the voucher you saved from the screen")
                .doesNotContain("Take your voucher from the printer");
        assertThat(kiosk.ledger().trade(tradeId)).map(TradeRecord::status).contains(TradeRecord.Status.PAID);
        assertThat(kiosk.ledger().settlement(tradeId).paid())
                .map(p -> p.how())
                .contains(org.cleartrade.core.ledger.LedgerFact.SellerPaid.How.VOUCHER_SAVED_FROM_SCREEN);
    }

    @Test
    void theLanguageCanChangeInTheMiddleOfTheJourney() throws Exception {
        open("EU");
        step(() -> drive.begin(Language.ENGLISH)
                .toDock()
                .plug("pixel-8-clean")
                .allowUsbDebugging()
                .until(Phase.CONDITION));
        robot.clickOn("#header-language-zh-CN");

        assertThat(((Label) scene.screen().lookup("#screen-title")).getText()).isEqualTo("手机成色");
        assertThat(scene.session().snapshot().language()).isEqualTo("zh-Hans");
        step(() -> drive.answerCondition(0, 0, 0, 0).until(Phase.OFFER));
        assertThat(((Label) scene.screen().lookup("#screen-title")).getText()).isEqualTo("您的手机报价");
    }

    @Test
    void illinoisAsksForIdAndAcceptsAnAdultsLicence() throws Exception {
        open("US-IL");
        toOffer("moto-g7-imei");
        step(() -> drive.tap("accept"));
        assertThat(screen()).isEqualTo(ScreenId.IDENTITY);

        step(() -> drive.scanId(34));

        assertThat(screen()).isEqualTo(ScreenId.CONSENT);
    }
}
