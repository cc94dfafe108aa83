package org.cleartrade.ui.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.session.Phase;
import org.cleartrade.ui.exec.CurrentThreadTaskExecutor;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.i18n.OfferedLanguages;
import org.cleartrade.ui.keypad.Keypad;
import org.cleartrade.ui.session.InputClock;
import org.cleartrade.ui.shell.KioskScene;
import org.cleartrade.ui.shell.ScreenId;
import org.cleartrade.ui.speech.SilentSpeech;
import org.cleartrade.ui.tour.JourneyDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A seller's trade is interrupted after the erase; staff finish it from the alert on the real
 * operator screen, with the real seller screens, H2 ledger and simulators: every action audited
 * with who did it, and the seller never left unpaid without the alert saying so.
 */
@ExtendWith(ApplicationExtension.class)
class StaffRecoveryJourneyTest {

    @TempDir
    Path data;

    private OperatorFixture fixture;
    private KioskScene kiosk;
    private JourneyDriver seller;

    @Start
    void start(Stage stage) {
        fixture = new OperatorFixture(data, "EU");
        fixture.kiosk.start();
        kiosk = new KioskScene(new KioskScene.Inputs(
                fixture.kiosk.sessions(),
                new CurrentThreadTaskExecutor(),
                InputClock.NONE,
                new OfferedLanguages(fixture.kiosk.profile().languages()),
                Language.ENGLISH,
                fixture.kiosk.clock(),
                fixture.kiosk.clock(),
                VerificationLink.none(),
                new SilentSpeech(),
                false,
                false,
                () -> fixture.kiosk.sessions().finish()));
        OperatorMode.install(
                kiosk,
                fixture.station,
                OperatorSeat.of(fixture.kiosk.sessions()),
                new CurrentThreadTaskExecutor(),
                fixture.kiosk.clock(),
                fixture.kiosk.clock());
        seller = new JourneyDriver(fixture.kiosk, kiosk);
        stage.setScene(kiosk.scene());
        stage.setWidth(420);
        stage.setHeight(760);
        stage.show();
    }

    @AfterEach
    void theLedgerHoldsTogether() {
        assertThat(fixture.kiosk.ledger().verifyAuditChain().intact()).isTrue();
        assertThat(fixture.kiosk.ledger().checkInvariants()).isEmpty();
        fixture.close();
    }

    /** A seller accepts, the phone is erased, and the journey stops short of payment. */
    private String erasedAndLeftAt(FxRobot robot, Phase stop) {
        robot.interact(() -> seller.begin(Language.ENGLISH)
                .toDock()
                .plug("pixel-8-clean")
                .allowUsbDebugging()
                .until(Phase.CONDITION)
                .answerCondition(0, 1, 0, 0)
                .until(Phase.OFFER)
                .tap("accept")
                .tap("consent")
                .until(Phase.DEPOSIT));
        if (stop == Phase.VOUCHER_ON_SCREEN) {
            robot.interact(
                    () -> seller.openDoor().paperOut().putPhoneInAndClose().until(Phase.VOUCHER_ON_SCREEN));
        }
        robot.interact(() -> seller.wait(Duration.ofMinutes(4)));
        assertThat(seller.screen()).isEqualTo(ScreenId.OPERATOR_NEEDED);
        return kiosk.session().snapshot().trade().tradeId().orElseThrow();
    }

    @Test
    void staffTakeAnUnclaimedPhoneInFromTheAlertAndTheSellerIsPaidThroughThem(FxRobot robot) {
        String tradeId = erasedAndLeftAt(robot, Phase.DEPOSIT);
        String alert = alertDomId();
        signIn(robot);

        assertThat(label(robot, "#alert-owed-" + alert)).startsWith("The seller is still owed €");
        assertThat(robot.lookup("#resolve-alert-" + alert).queryButton().isDisabled())
                .isTrue();
        click(robot, "#resolve-alert-" + alert);
        click(robot, "#alert-" + alert + "-take-phone-in");

        assertThat(robot.lookup("#operator-screen").tryQuery()).isEmpty();
        assertThat(seller.phase()).isIn(Phase.UNLATCHING, Phase.DEPOSIT);
        robot.interact(() ->
                seller.until(Phase.DEPOSIT).openDoor().putPhoneInAndClose().until(Phase.COMPLETED));

        assertThat(seller.screen()).isEqualTo(ScreenId.DONE);
        assertThat(fixture.kiosk.ledger().trade(tradeId))
                .map(TradeRecord::status)
                .contains(TradeRecord.Status.PAID);
        assertThat(fixture.kiosk.ledger().settlement(tradeId).paid()).hasValueSatisfying(paid -> {
            assertThat(paid.how()).isEqualTo(LedgerFact.SellerPaid.How.VOUCHER_BY_STAFF);
            assertThat(paid.actor()).isEqualTo("ann");
        });
        assertThat(fixture.kiosk
                        .ledger()
                        .audit(
                                java.time.Instant.EPOCH,
                                fixture.kiosk.clock().instant().plusSeconds(1)))
                .anySatisfy(link -> {
                    assertThat(link.actor()).isEqualTo("ann");
                    assertThat(link.action()).isEqualTo("recovery.continue");
                    assertThat(link.detail()).contains("TAKE_PHONE_IN trade " + tradeId);
                });

        robot.interact(() -> seller.tap("finish"));
        signIn(robot);
        click(robot, "#resolve-alert-" + alert);
        assertThat(fixture.kiosk.ledger().openAlerts()).noneMatch(a -> a.owed().isPresent());
    }

    @Test
    void aSellerPaidByHandIsRecordedTheVoucherVoidedAndSigningOutBringsBackTheWelcomeScreen(FxRobot robot) {
        String tradeId = erasedAndLeftAt(robot, Phase.VOUCHER_ON_SCREEN);
        String alert = alertDomId();
        signIn(robot);
        click(robot, "#resolve-alert-" + alert);
        assertThat(fixture.kiosk.ledger().openAlerts()).isNotEmpty();

        click(robot, "#alert-" + alert + "-pay-by-hand");

        assertThat(label(robot, "#operator-notice"))
                .startsWith("Trade " + tradeId + ": paid €")
                .endsWith("by hand. Its voucher can no longer be redeemed.");
        assertThat(fixture.kiosk.ledger().settlement(tradeId).voucherVoided()).isPresent();
        assertThat(fixture.kiosk.ledger().settlement(tradeId).paid())
                .map(LedgerFact.SellerPaid::how)
                .contains(LedgerFact.SellerPaid.How.BY_HAND);
        assertThat(fixture.kiosk.ledger().pendingOutbox(1000))
                .anySatisfy(m -> assertThat(m.type()).isEqualTo("voucher-voided"));
        click(robot, "#resolve-alert-" + alert);
        robot.clickOn("#header-signout");

        assertThat(robot.lookup("#operator-screen").tryQuery()).isEmpty();
        assertThat(seller.screen()).isEqualTo(ScreenId.ATTRACT);
        assertThat(robot.lookup("#demo-reset").tryQuery()).isEmpty();
    }

    @Test
    void staffGiveAPhoneBackFromItsBinTheTradeIsVoidedAndTheCertificateMarked(FxRobot robot) {
        String tradeId = erasedAndLeftAt(robot, Phase.VOUCHER_ON_SCREEN);
        int bin = fixture.kiosk.ledger().trade(tradeId).orElseThrow().bin().orElseThrow();
        String alert = alertDomId();
        signIn(robot);

        click(robot, "#alert-" + alert + "-return-phone");
        assertThat(label(robot, "#operator-notice")).startsWith("Bin " + bin + " is unlocked: take out the phone");
        fixture.openDoor(bin);
        fixture.latch().removePhone(bin);
        fixture.latch().closeDoor(bin);
        robot.clickOn("#close-bin");

        assertThat(label(robot, "#operator-notice")).startsWith("Trade " + tradeId + " is void");
        assertThat(fixture.kiosk.ledger().trade(tradeId))
                .map(TradeRecord::status)
                .contains(TradeRecord.Status.VOIDED);
        assertThat(fixture.kiosk.ledger().settlement(tradeId).phoneReturned())
                .map(LedgerFact.ErasedPhoneReturned::actor)
                .contains("ann");
        assertThat(fixture.latch().status(bin).secured()).isTrue();
        assertThat(fixture.kiosk.ledger().binContents())
                .noneMatch(c -> c.bin() == bin && c.tradeId().isPresent());
        robot.clickOn("#return-to-service");
        assertThat(seller.screen()).isEqualTo(ScreenId.ATTRACT);
    }

    /**
     * The alert says to check before paying, so signing in puts the focus on the alert itself:
     * Enter on the keypad pays nobody, and the payment buttons are a Tab away.
     */
    @Test
    void signingInFocusesTheAlertSoEnterAlonePaysNobody(FxRobot robot) {
        String tradeId = erasedAndLeftAt(robot, Phase.DEPOSIT);
        String alert = alertDomId();
        signIn(robot);

        Keypad keypad = new Keypad(robot, kiosk);
        assertThat(keypad.focusedId()).isEqualTo("alert-card-" + alert);
        keypad.press(KeyCode.ENTER);

        assertThat(fixture.kiosk.ledger().settlement(tradeId).paid()).isEmpty();
        assertThat(robot.lookup("#operator-screen").tryQuery()).isPresent();
        keypad.press(KeyCode.DOWN);
        assertThat(keypad.focusedId()).startsWith("alert-" + alert + "-");
        keypad.press(KeyCode.UP);
        assertThat(keypad.focusedId()).isEqualTo("alert-card-" + alert);
    }

    private String alertDomId() {
        return fixture.kiosk.ledger().openAlerts().stream()
                .filter(a -> a.owed().isPresent())
                .findFirst()
                .orElseThrow()
                .alertId()
                .replaceAll("[^A-Za-z0-9-]", "-");
    }

    private void signIn(FxRobot robot) {
        Node screen = kiosk.screen();
        var corner = screen.localToScreen(40, 40);
        robot.moveTo(corner).press(MouseButton.PRIMARY);
        fixture.kiosk.clock().skip(HiddenLongPress.HOLD);
        robot.release(MouseButton.PRIMARY);
        robot.clickOn("#operator-id").write("ann");
        robot.clickOn("#id-key-next");
        for (char c : OperatorFixture.PIN.toCharArray()) {
            robot.clickOn("#pin-" + c);
        }
        robot.clickOn("#pin-signin");
        assertThat(robot.lookup("#bin-cards").tryQuery()).isPresent();
    }

    /** Scrolls the bins page until the control is in view, then clicks it as staff would. */
    private static void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll) {
                    double content = scroll.getContent().getLayoutBounds().getHeight();
                    double viewport = scroll.getViewportBounds().getHeight();
                    double y = scroll.getContent()
                            .sceneToLocal(node.localToScene(0, 0))
                            .getY();
                    scroll.setVvalue(content <= viewport ? 0 : Math.min(1, Math.max(0, y / (content - viewport))));
                    scroll.layout();
                    return;
                }
            }
        });
        robot.clickOn(query);
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
