package org.cleartrade.ui.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.collections.ListChangeListener;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.session.OperatorAlert;
import org.cleartrade.ui.exec.CurrentThreadTaskExecutor;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.i18n.OfferedLanguages;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.tour.SimulatedKiosk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorViewModelTest {

    private static final Instant PAST = SimulatedKiosk.START.minus(Duration.ofDays(1));

    @TempDir
    Path data;

    private OperatorFixture fixture;
    private OperatorViewModel vm;

    @BeforeEach
    void setUp() {
        fixture = new OperatorFixture(data);
        vm = new OperatorViewModel(
                fixture.station,
                OperatorSeat.of(fixture.kiosk.sessions()),
                new CurrentThreadTaskExecutor(),
                new UiText(
                        Language.ENGLISH, OperatorFixture.ZONE, new OfferedLanguages(List.of("en", "es", "zh-Hans"))));
    }

    @AfterEach
    void theAuditChainStillVerifies() {
        assertThat(fixture.kiosk.ledger().verifyAuditChain().intact()).isTrue();
        fixture.close();
    }

    @Test
    void restocksSeveralBinsAndShowsTheSignedPrintedManifest() {
        fixture.stock
                .phone(1, "t-1", "490154203237518", "Google Pixel 8", PAST)
                .phone(2, "t-2", "356938035643809", "Samsung Galaxy S21", PAST)
                .phone(3, "t-3", "352099001761481", "Apple iPhone 12", PAST);
        signIn("ann");

        assertThat(vm.bins()).hasSize(4).filteredOn(BinRow::openable).hasSize(3);
        assertThat(vm.bins().get(0).trade()).startsWith("Trade t-1: Google Pixel 8 · certificate ");
        restock(1, "490154203237518");
        restock(2, "356938035643809");
        restock(3, "352099001761481");
        vm.finishRestock();

        assertThat(vm.pageProperty().get()).isEqualTo(OperatorPage.FINISH);
        assertThat(vm.manifestIdProperty().get()).startsWith("Manifest cm-");
        assertThat(vm.manifestPrintedProperty().get()).isEqualTo("Signed, stored and printed.");
        assertThat(vm.manifestLines()).hasSize(3).allMatch(line -> line.startsWith("Bin "));
        assertThat(fixture.printer().latestReceipt()).isPresent();
        assertThat(fixture.kiosk.ledger().binContents())
                .allMatch(b -> b.tradeId().isEmpty());
        assertThat(fixture.kiosk.ledger().trade("t-2").orElseThrow().status()).isEqualTo(TradeRecord.Status.RELEASED);
        for (int bin = 1; bin <= 3; bin++) {
            assertThat(fixture.latch().status(bin).secured()).isTrue();
        }
    }

    @Test
    void aManifestThePrinterCannotPrintIsStillSignedAndStored() {
        fixture.stock.phone(1, "t-1", "490154203237518", "Google Pixel 8", PAST);
        signIn("ann");
        restock(1, "490154203237518");
        fixture.printer().unplug(true);

        vm.finishRestock();

        assertThat(vm.pageProperty().get()).isEqualTo(OperatorPage.FINISH);
        assertThat(vm.manifestPrintedProperty().get()).startsWith("Signed and stored, but the printer failed");
        assertThat(vm.noticeIsProblemProperty().get()).isTrue();
        assertThat(fixture.kiosk.ledger().audit(PAST, SimulatedKiosk.START.plusSeconds(3600)))
                .anyMatch(link -> link.action().equals("custody.manifest"));
    }

    @Test
    void wrongPinsLockThePadEvenForTheRightPinAfterwards() {
        vm.enter(Optional.empty());
        vm.operatorIdProperty().set("ann");
        typePin("000000");
        assertThat(vm.noticeProperty().get()).isEqualTo("Wrong id or PIN. Attempts left before the pad locks: 1.");
        typePin("000001");
        typePin("000002");
        assertThat(vm.noticeProperty().get()).startsWith("Too many wrong PINs. Sign-in is locked until ");

        typePin(OperatorFixture.PIN);

        assertThat(vm.pageProperty().get()).isEqualTo(OperatorPage.PIN);
        assertThat(vm.signedInAsProperty().get()).isEmpty();
        assertThat(vm.noticeIsProblemProperty().get()).isTrue();
        assertThat(fixture.kiosk.ledger().loginState("ann").lockedUntil()).isPresent();
    }

    @Test
    void aPhoneOnHoldIsNotReleasedAndItsBinStaysLocked() {
        Instant hold = SimulatedKiosk.START.plus(Duration.ofDays(10));
        fixture.stock.phone(2, "t-2", "356938035643809", "Samsung Galaxy S21", hold);
        signIn("ann");

        assertThat(vm.bins().get(1).flags()).contains("On hold: this phone may not leave yet");
        vm.openBin(2);

        assertThat(vm.pageProperty().get()).isEqualTo(OperatorPage.BINS);
        assertThat(vm.noticeProperty().get()).startsWith("Bin 2 stays locked: its phone is on police hold until ");
        assertThat(fixture.latch().status(2).secured()).isTrue();
        assertThat(fixture.kiosk.ledger().trade("t-2").orElseThrow().status()).isEqualTo(TradeRecord.Status.BINNED);
    }

    @Test
    void aMissingPhoneIsDiscoveredFlaggedAndListedOnTheManifest() {
        fixture.stock.missingPhone(4, "t-4", "352099001761481", "Apple iPhone 12", PAST);
        signIn("ann");

        assertThat(vm.bins().get(3).flags()).contains("Mismatch: the ledger holds a phone here, the bin reports none");
        vm.openBin(4);
        assertThat(vm.noticeProperty().get()).contains("it reports no phone");
        vm.closeBin();
        vm.finishRestock();

        assertThat(vm.manifestLines()).containsExactly("Bin 4: missing phone");
        assertThat(fixture.kiosk
                        .ledger()
                        .audit(SimulatedKiosk.START.minusSeconds(1), SimulatedKiosk.START.plusSeconds(3600)))
                .anyMatch(link -> link.action().equals("custody.discrepancy")
                        && link.detail().contains("MISSING_PHONE"));
    }

    @Test
    void aTamperAlarmShowsOnTheBinCardAndIsRecordedWhenOpened() {
        fixture.stock.phone(2, "t-2", "356938035643809", "Samsung Galaxy S21", PAST);
        fixture.latch().forceDoorOpen(2);
        fixture.latch().closeDoor(2);
        signIn("ann");

        BinRow bin2 = vm.bins().get(1);
        assertThat(bin2.alarming()).isTrue();
        assertThat(bin2.flags()).contains("Tamper alarm: the door was opened while locked");
        vm.openBin(2);

        assertThat(vm.restockSummaryProperty().get())
                .isEqualTo("This restock so far: phones released 0, discrepancies 1.");
    }

    @Test
    void aPhoneThatIsNotTheOneInTheBinIsNotReleased() {
        fixture.stock.phone(1, "t-1", "490154203237518", "Google Pixel 8", PAST);
        signIn("ann");
        vm.openBin(1);
        fixture.openDoor(1);

        vm.scanInputProperty().set("356938035643809");
        vm.scan();

        assertThat(vm.scanLog().get(0)).startsWith("Not released: 356938035643809");
        assertThat(vm.pageProperty().get()).isEqualTo(OperatorPage.RESTOCK);
    }

    @Test
    void anOpenAlertIsShownAboveTheBinsUntilTheOperatorResolvesIt() {
        fixture.stock.alert(
                "9f2c41d07b5e4a8c034ab066",
                OperatorAlert.Kind.VOUCHER_NOT_ISSUED,
                OptionalInt.of(3),
                Optional.of("T-3"),
                "phone binned; pay the seller by hand");
        signIn("ann");

        assertThat(vm.alerts()).singleElement().satisfies(row -> {
            assertThat(row.title()).isEqualTo("The phone is in a bin but no voucher was issued");
            assertThat(row.todo()).isEqualTo("Issue and print the voucher, or pay the seller by hand.");
            assertThat(row.where()).startsWith("Reference 034AB066 · ").endsWith(" · Bin 3 · trade T-3");
            assertThat(row.detail()).isEqualTo("The phone is in a bin; pay the seller by hand.");
        });

        vm.text().switchTo(Language.SPANISH);
        assertThat(vm.alerts().get(0).title())
                .isEqualTo("El teléfono está en un compartimento pero no se emitió el vale");
        assertThat(vm.bins().get(0).heading()).isEqualTo("Compartimento 1");
        vm.text().switchTo(Language.ENGLISH);

        vm.resolveAlert("9f2c41d07b5e4a8c034ab066#1");

        assertThat(vm.alerts()).isEmpty();
        assertThat(vm.noticeProperty().get()).isEqualTo("Alert resolved.");
        assertThat(vm.noticeIsProblemProperty().get()).isFalse();
    }

    @Test
    void aMisreadImeiIsRefusedWithTheReasonInTheOperatorsLanguage() {
        fixture.stock.phone(1, "t-1", "490154203237518", "Google Pixel 8", PAST);
        signIn("ann");
        vm.openBin(1);
        fixture.openDoor(1);

        vm.scanInputProperty().set("490154203237519");
        vm.scan();

        assertThat(vm.scanLog().get(0)).isEqualTo("That IMEI's check digit is wrong. Scan it again.");
        assertThat(vm.noticeIsProblemProperty().get()).isTrue();
    }

    @Test
    void anIdleOperatorIsSignedOutAndTheSellerScreenComesBack() {
        signIn("ann");
        assertThat(vm.activeProperty().get()).isTrue();

        fixture.kiosk.clock().advance(OperatorStation.IDLE_TIMEOUT);
        vm.tick();

        assertThat(vm.activeProperty().get()).isFalse();
        assertThat(vm.signedInAsProperty().get()).isEmpty();
    }

    /**
     * The idle check that finds nothing new leaves the page as it is: no card is rebuilt and no
     * button disabled, so a tap in progress and the keypad focus stay where they were.
     */
    @Test
    void anIdleCheckThatFindsNothingNewLeavesThePageAlone() {
        fixture.stock.phone(1, "t-1", "490154203237518", "Google Pixel 8", PAST);
        signIn("ann");
        List<String> changes = new ArrayList<>();
        vm.bins().addListener((ListChangeListener<BinRow>) c -> changes.add("bins"));
        vm.alerts().addListener((ListChangeListener<AlertRow>) c -> changes.add("alerts"));
        vm.busyProperty().addListener((o, was, now) -> changes.add("busy " + now));

        fixture.kiosk.clock().advance(Duration.ofSeconds(15));
        vm.tick();

        assertThat(vm.activeProperty().get()).isTrue();
        assertThat(changes).isEmpty();
    }

    @Test
    void aBadgeFillsInTheIdButThePinIsStillAsked() {
        vm.enter(Optional.of("ann"));

        assertThat(vm.activeProperty().get()).isTrue();
        assertThat(vm.operatorIdProperty().get()).isEqualTo("ann");
        assertThat(vm.noticeProperty().get()).isEqualTo("Badge read. Enter your PIN.");
        assertThat(vm.pageProperty().get()).isEqualTo(OperatorPage.PIN);
    }

    @Test
    void thePinShowsOnlyAsDots() {
        vm.enter(Optional.empty());
        vm.digit(4);
        vm.digit(8);
        vm.backspace();
        vm.digit(2);

        assertThat(vm.pinMaskProperty().get()).isEqualTo("••");
    }

    @Test
    void aTechnicianRunsTheSelfTestAndSeesEachDevice() {
        signIn("ted");
        vm.showService();

        vm.runSelfTest();

        assertThat(vm.noticeProperty().get()).isEqualTo("Self-test passed.");
        assertThat(vm.selfTestResults()).hasSize(5).first().asString().startsWith("PASS printer");
    }

    @Test
    void selfTestFindingsAreWordedInTheOperatorsLanguage() {
        fixture.stock.phone(2, "t-2", "490154203237518", "Google Pixel 8", PAST);
        signIn("ted");
        vm.showService();
        vm.runSelfTest();

        vm.text().switchTo(Language.SPANISH);

        assertThat(vm.selfTestResults())
                .contains("BIEN compartimento 1: desbloqueado y bloqueado: puerta cerrada · bloqueado · vacío")
                .contains(
                        "BIEN compartimento 2: solo leído, no se abrió: puerta cerrada · bloqueado · contiene un teléfono");
    }

    @Test
    void anExportOfAWholeDayWritesTheFilesAndSaysWhere() {
        fixture.stock.phone(1, "t-1", "490154203237518", "Google Pixel 8", PAST);
        signIn("ann");
        vm.showService();
        vm.exportFromProperty().set("2026-11-23");
        vm.exportToProperty().set("2026-11-23");

        vm.export();

        assertThat(vm.noticeProperty().get()).startsWith("Exported 1 trades, 1 certificates and ");
        assertThat(data.resolve("exports"))
                .isDirectoryContaining(p -> p.getFileName().toString().startsWith("cleartrade-"));
    }

    @Test
    void aMalformedExportDateIsExplainedAndNothingIsSent() {
        signIn("ann");
        vm.showService();
        vm.exportFromProperty().set("23/11/2026");
        vm.exportToProperty().set("2026-11-23");

        vm.export();

        assertThat(vm.noticeProperty().get()).isEqualTo("Dates are written as YYYY-MM-DD, for example 2026-11-23.");
    }

    @Test
    void signingOutReturnsToTheKioskAndIsJournaled() {
        signIn("ann");

        vm.signOut();

        assertThat(vm.activeProperty().get()).isFalse();
        assertThat(fixture.kiosk.ledger().openSessions())
                .noneMatch(e -> e.sessionId().startsWith("op-"));
    }

    @Test
    void theServicePageSaysWhichPriceBookIsInForce() {
        signIn("ann");

        vm.showService();

        assertThat(vm.priceBookProperty().get())
                .startsWith("Version "
                        + org.cleartrade.pricing.book.PriceBooks.loadSeed().version() + ", issued ")
                .contains("Shipped with this kiosk.")
                .endsWith("Fleet service not reached since the kiosk started.");
    }

    @Test
    void serviceFindsATradeByTheSellersShortReference() {
        fixture.stock.phone(1, "t-20261123-0002", "490154203237518", "Google Pixel 8", PAST);
        signIn("ann");
        vm.showService();

        vm.tradeIdProperty().set("1123 0002");
        vm.voidTrade();

        assertThat(vm.noticeProperty().get()).isEqualTo("Trade t-20261123-0002 cannot be voided: it is BINNED.");
    }

    @Test
    void aReferenceNoTradeCarriesIsStillUnknown() {
        fixture.stock.phone(1, "t-20261123-0002", "490154203237518", "Google Pixel 8", PAST);
        signIn("ann");
        vm.showService();

        vm.tradeIdProperty().set("99999999");
        vm.voidTrade();

        assertThat(vm.noticeProperty().get()).isEqualTo("There is no trade 99999999.");
    }

    @Test
    void anOpenBinNamesThePhoneExpectedAndTakesItsSerialWhenNoImeiWasRecorded() {
        fixture.stock.phone(2, "t-2", "", "Samsung Galaxy S21", PAST);
        signIn("ann");

        vm.openBin(2);

        assertThat(vm.expectedPhoneProperty().get())
                .isEqualTo("Expected: Samsung Galaxy S21, serial SERT2 (no IMEI was recorded: scan the serial)");
        fixture.openDoor(2);
        fixture.latch().removePhone(2);
        vm.scanInputProperty().set("sert2");
        vm.scan();
        assertThat(vm.scanLog().get(0)).isEqualTo("Released from bin 2: SERT2");
        assertThat(vm.expectedPhoneProperty().get()).isEmpty();
    }

    @Test
    void theExpectedPhoneNamesItsImeiWhenTheKioskReadOne() {
        fixture.stock.phone(1, "t-1", "490154203237518", "Google Pixel 8", PAST);
        signIn("ann");

        vm.openBin(1);

        assertThat(vm.expectedPhoneProperty().get())
                .isEqualTo("Expected: Google Pixel 8, serial SERT1, IMEI 490154203237518");
    }

    @Test
    void theNextMemberOfStaffFindsNothingThePreviousOneTyped() {
        fixture.stock.phone(1, "t-1", "490154203237518", "Google Pixel 8", PAST);
        signIn("ted");
        vm.showService();
        vm.tradeIdProperty().set("t-1");
        vm.exportFolderProperty().set("/tmp/somewhere-else");
        vm.runSelfTest();
        vm.openBin(1);
        vm.scanInputProperty().set("12345");
        assertThat(vm.selfTestResults()).isNotEmpty();
        fixture.latch().closeDoor(1);
        vm.closeBin();
        vm.signOut();

        vm.enter(Optional.empty());

        assertThat(vm.tradeIdProperty().get()).isEmpty();
        assertThat(vm.scanInputProperty().get()).isEmpty();
        assertThat(vm.selfTestResults()).isEmpty();
        assertThat(vm.scanLog()).isEmpty();
        assertThat(vm.exportFolderProperty().get())
                .isEqualTo(fixture.station.exportFolder().toString());
    }

    @Test
    void aStaffIdWithLettersIsTypedOnTheScreenKeyboard() {
        vm.enter(Optional.empty());
        assertThat(vm.idKeyboardProperty().get()).isTrue();
        for (char c : "tech-leex".toCharArray()) {
            vm.idKey(c);
        }
        vm.idBackspace();
        vm.idKey('!');
        assertThat(vm.operatorIdProperty().get()).isEqualTo("tech-lee");

        vm.showIdKeyboard(false);
        assertThat(vm.idKeyboardProperty().get()).isFalse();
    }

    @Test
    void alertDetailsAreInTheOperatorsLanguage() {
        fixture.stock.alert(
                "s-9",
                OperatorAlert.Kind.LATCH_JAMMED,
                OptionalInt.of(3),
                Optional.empty(),
                "bin 3 would not lock: no feedback; the seller is owed 125.00 USD");
        UiText spanish = new UiText(
                Language.ENGLISH, OperatorFixture.ZONE, new OfferedLanguages(List.of("en", "es", "zh-Hans")));
        vm = new OperatorViewModel(
                fixture.station, OperatorSeat.of(fixture.kiosk.sessions()), new CurrentThreadTaskExecutor(), spanish);
        signIn("ann");
        assertThat(vm.alerts().get(0).detail()).isEqualTo("Bin 3 would not lock. The device said: “no feedback”");

        spanish.switchTo(Language.SPANISH);

        assertThat(vm.alerts().get(0).detail())
                .isEqualTo("El compartimento 3 no se bloqueó. El dispositivo dijo: «no feedback»");
    }

    private void signIn(String id) {
        vm.enter(Optional.empty());
        vm.operatorIdProperty().set(id);
        typePin(OperatorFixture.PIN);
        assertThat(vm.pageProperty().get()).isEqualTo(OperatorPage.BINS);
    }

    private void typePin(String pin) {
        for (char c : pin.toCharArray()) {
            vm.digit(c - '0');
        }
        vm.signIn();
    }

    private void restock(int bin, String imei) {
        vm.openBin(bin);
        assertThat(vm.pageProperty().get()).isEqualTo(OperatorPage.RESTOCK);
        fixture.openDoor(bin);
        fixture.latch().removePhone(bin);
        vm.scanInputProperty().set(imei);
        vm.scan();
        assertThat(vm.scanLog().get(0)).isEqualTo("Released from bin " + bin + ": " + imei);
        fixture.latch().closeDoor(bin);
        vm.closeBin();
        assertThat(vm.noticeProperty().get()).isEqualTo("Bin " + bin + " is closed and locked.");
        assertThat(vm.pageProperty().get()).isEqualTo(OperatorPage.BINS);
    }
}
