package org.cleartrade.ui.operator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.operator.AlertCase;
import org.cleartrade.core.operator.BinOverview;
import org.cleartrade.core.operator.ConsoleSnapshot;
import org.cleartrade.core.operator.CustodyManifest;
import org.cleartrade.core.operator.DeviceSelfTest;
import org.cleartrade.core.operator.Discrepancy;
import org.cleartrade.core.operator.Notice;
import org.cleartrade.core.operator.OperatorConsole.Event;
import org.cleartrade.core.operator.OperatorConsole.Phase;
import org.cleartrade.core.operator.OperatorRunner;
import org.cleartrade.core.operator.Role;
import org.cleartrade.core.operator.TradeRecovery;
import org.cleartrade.core.readiness.TradingHold;
import org.cleartrade.core.readiness.TradingReadiness;
import org.cleartrade.pricing.quote.Money;
import org.cleartrade.ui.exec.TaskExecutor;
import org.cleartrade.ui.i18n.UiText;

/**
 * The operator screens' state and commands. Every console event runs on the background executor
 * (the PIN hash and the latch take time); the resulting snapshot and bin list come back to the UI
 * thread and are turned into words here, so views only bind.
 *
 * <p>Threading: UI thread only, except that the console itself is only ever touched inside {@link
 * TaskExecutor#runInBackground}.
 */
public final class OperatorViewModel {

    private static final System.Logger LOG = System.getLogger(OperatorViewModel.class.getName());

    private final OperatorStation station;
    private final OperatorRunner console;
    private final OperatorSeat seat;
    private final TaskExecutor executor;
    private final UiText text;

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<OperatorPage> page = new ReadOnlyObjectWrapper<>(OperatorPage.PIN);
    private final StringProperty operatorId = new SimpleStringProperty("");
    private final StringBuilder pin = new StringBuilder();
    private final ReadOnlyStringWrapper pinMask = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noticeIsProblem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper signedInAs = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper technician = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper openBin = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper expectedPhone = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper idKeyboard = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper restockSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper manifestId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper manifestPrinted = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper priceBook = new ReadOnlyStringWrapper("");
    private final ObservableList<BinRow> bins = FXCollections.observableArrayList();
    private final ObservableList<String> scanLog = FXCollections.observableArrayList();
    private final ObservableList<String> manifestLines = FXCollections.observableArrayList();
    private final ObservableList<String> selfTest = FXCollections.observableArrayList();
    private final ObservableList<BinRow> binsView = FXCollections.unmodifiableObservableList(bins);
    private final ObservableList<String> scanLogView = FXCollections.unmodifiableObservableList(scanLog);
    private final ObservableList<String> manifestLinesView = FXCollections.unmodifiableObservableList(manifestLines);
    private final ObservableList<String> selfTestView = FXCollections.unmodifiableObservableList(selfTest);
    private final ObservableList<AlertRow> alerts = FXCollections.observableArrayList();
    private final ObservableList<AlertRow> alertsView = FXCollections.unmodifiableObservableList(alerts);
    private final ObservableList<DeviceRow> devices = FXCollections.observableArrayList();
    private final ObservableList<DeviceRow> devicesView = FXCollections.unmodifiableObservableList(devices);
    private final ReadOnlyBooleanWrapper tradingHeld = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper mayAcknowledgeDevices = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper devicesHeading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper devicesFootnote = new ReadOnlyStringWrapper("");
    private final StringProperty scanInput = new SimpleStringProperty("");
    private final StringProperty tradeId = new SimpleStringProperty("");
    private final StringProperty exportFrom = new SimpleStringProperty("");
    private final StringProperty exportTo = new SimpleStringProperty("");
    private final StringProperty exportFolder = new SimpleStringProperty("");

    private ConsoleSnapshot last;
    /** Words the bins, alerts and self-test of the last refresh; run again on a language switch. */
    private Runnable wordLastRead = () -> {};

    private Instant lastTouch;

    /** @param seat the seller's seat, which staff hand back when they are done */
    public OperatorViewModel(OperatorStation station, OperatorSeat seat, TaskExecutor executor, UiText text) {
        this.station = station;
        this.seat = seat;
        this.console = station.console();
        this.executor = executor;
        this.text = text;
        this.last = console.snapshot();
        this.lastTouch = station.clock().instant();
        exportFolder.set(station.exportFolder().toString());
        String today = LocalDate.ofInstant(
                        station.clock().instant(), station.clock().getZone())
                .toString();
        exportFrom.set(today);
        exportTo.set(today);
        text.languageProperty().addListener((o, before, now) -> {
            if (last != null) {
                notice.set(words(last));
                wordLastRead.run();
            }
        });
    }

    /** Opens the PIN pad; {@code badgeId} fills in the id read from a staff badge. */
    public void enter(Optional<String> badgeId) {
        if (active.get()) {
            return;
        }
        clearPin();
        forgetPreviousStaff();
        operatorId.set(badgeId.orElse(""));
        // Without a badge the id is typed first, on the on-screen keyboard.
        idKeyboard.set(badgeId.isEmpty());
        notice.set(text.get(badgeId.isPresent() ? "operator.pin.badge" : "operator.pin.prompt"));
        noticeIsProblem.set(false);
        page.set(OperatorPage.PIN);
        touch();
        active.set(true);
    }

    /** Leaves the PIN pad without signing in. */
    public void cancel() {
        if (last.phase() == Phase.SIGNED_OUT) {
            clearPin();
            active.set(false);
        }
    }

    /** Shows the on-screen keyboard for the staff id in place of the PIN pad, or the pad again. */
    public void showIdKeyboard(boolean shown) {
        touch();
        idKeyboard.set(shown);
    }

    /** One key of the on-screen id keyboard: a letter, a digit, {@code -}, {@code .} or {@code _}. */
    public void idKey(char c) {
        touch();
        if (operatorId.get().length() < 32 && (Character.isLetterOrDigit(c) || "-._".indexOf(c) >= 0)) {
            operatorId.set(operatorId.get() + Character.toLowerCase(c));
        }
    }

    public void idBackspace() {
        touch();
        String id = operatorId.get();
        if (!id.isEmpty()) {
            operatorId.set(id.substring(0, id.length() - 1));
        }
    }

    public void digit(int d) {
        touch();
        if (d >= 0 && d <= 9 && pin.length() < 12) {
            pin.append((char) ('0' + d));
            pinMask.set("•".repeat(pin.length()));
        }
    }

    public void backspace() {
        touch();
        if (pin.length() > 0) {
            pin.setLength(pin.length() - 1);
            pinMask.set("•".repeat(pin.length()));
        }
    }

    public void signIn() {
        char[] typed = new char[pin.length()];
        pin.getChars(0, pin.length(), typed, 0);
        clearPin();
        send(new Event.SignIn(operatorId.get().strip(), typed), OperatorPage.BINS);
    }

    public void showBins() {
        send(null, OperatorPage.BINS);
    }

    public void showService() {
        touch();
        selfTest.clear();
        priceBook.set(PriceBookLine.describe(
                station.priceBook(), text, station.clock().instant()));
        page.set(OperatorPage.SERVICE);
        notice.set("");
        noticeIsProblem.set(false);
    }

    public void openBin(int bin) {
        scanLog.clear();
        send(new Event.OpenBin(bin), OperatorPage.BINS);
    }

    /** Sends what the scanner typed (or the operator keyed in) as one scan. */
    public void scan() {
        String raw = scanInput.get();
        scanInput.set("");
        if (!raw.isBlank()) {
            send(new Event.Scan(raw), OperatorPage.RESTOCK);
        }
    }

    public void closeBin() {
        send(new Event.CloseBin(), OperatorPage.BINS);
    }

    public void finishRestock() {
        send(new Event.FinishRestock(), OperatorPage.FINISH);
    }

    public void reprint() {
        send(new Event.Reprint(tradeId.get().strip()), OperatorPage.SERVICE);
    }

    public void voidTrade() {
        send(new Event.VoidTrade(tradeId.get().strip()), OperatorPage.SERVICE);
    }

    /** Closes an alert the operator has looked into. */
    public void resolveAlert(String alertId) {
        send(new Event.ResolveAlert(alertId), OperatorPage.BINS);
    }

    /** Finishes the trade of an alert for its seller: take the phone in, pay by hand, give it back... */
    public void recover(String alertId, TradeRecovery.Action action) {
        send(new Event.Recover(alertId, action), OperatorPage.BINS);
    }

    /** Staff are done: sign out and put the kiosk back on its welcome screen. */
    public void returnToService() {
        send(new Event.ReturnToService(), OperatorPage.PIN);
    }

    /** Reads the latch and printer again; trading resumes when nothing holds it. */
    public void checkDevicesAgain() {
        deviceAction(who -> station.trading().check(who), "operator.devices.passed");
    }

    /** Trades on past the printer problems found: receipts that do not print stay on screen. */
    public void acknowledgeDevices() {
        deviceAction(who -> station.trading().acknowledge(who), "operator.devices.tradingOn");
    }

    /**
     * Runs a device check or acknowledgement as the signed-in staff member, then refreshes the
     * page; the notice says whether the kiosk takes phones now.
     */
    private void deviceAction(Function<String, TradingReadiness> action, String tradingKey) {
        if (busy.get() || last.operatorId().isEmpty()) {
            return;
        }
        touch();
        busy.set(true);
        String who = last.operatorId().get();
        executor.runInBackground(() -> {
            RuntimeException failure = null;
            TradingReadiness after = null;
            List<BinOverview> overview = List.of();
            List<AlertCase> open = List.of();
            try {
                after = action.apply(who);
                open = console.cases();
                overview = console.bins();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "device check failed", e);
                failure = e;
            }
            ConsoleSnapshot snapshot = console.snapshot();
            TradingReadiness result = after;
            List<BinOverview> rows = overview;
            List<AlertCase> alertRows = open;
            RuntimeException problem = failure;
            Instant now = station.clock().instant();
            executor.runOnUi(() -> {
                apply(null, snapshot, rows, alertRows, problem, OperatorPage.BINS, now);
                if (problem == null && result != null) {
                    notice.set(text.get(result.tradingAllowed() ? tradingKey : "operator.devices.stillHeld"));
                    noticeIsProblem.set(!result.tradingAllowed());
                }
            });
        });
    }

    private void showDevices(TradingReadiness readiness) {
        devices.setAll(readiness.problems().stream()
                .map(p -> DeviceRow.of(p, readiness.acknowledged().contains(p.key()), text))
                .toList());
        tradingHeld.set(!readiness.tradingAllowed());
        mayAcknowledgeDevices.set(readiness.mayAcknowledge());
        devicesHeading.set(text.get(
                readiness.tradingAllowed() ? "operator.devices.headingAcknowledged" : "operator.devices.heading"));
        boolean latch = readiness.outstanding().stream().anyMatch(p -> !p.acknowledgeable());
        devicesFootnote.set(
                latch
                        ? text.get("operator.devices.latchOnly")
                        : readiness.tradingAllowed() ? text.get("operator.devices.acknowledged") : "");
    }

    public void runSelfTest() {
        send(new Event.SelfTest(), OperatorPage.SERVICE);
    }

    /** Exports whole days: from the start of {@code exportFrom} to the end of {@code exportTo}. */
    public void export() {
        Instant from;
        Instant to;
        try {
            var zone = station.clock().getZone();
            from = LocalDate.parse(exportFrom.get().strip()).atStartOfDay(zone).toInstant();
            to = LocalDate.parse(exportTo.get().strip())
                    .plusDays(1)
                    .atStartOfDay(zone)
                    .toInstant();
        } catch (DateTimeParseException e) {
            notice.set(text.get("operator.export.badDate"));
            noticeIsProblem.set(true);
            return;
        }
        send(new Event.Export(from, to, Path.of(exportFolder.get().strip())), OperatorPage.SERVICE);
    }

    public void signOut() {
        send(new Event.SignOut(), OperatorPage.PIN);
    }

    /**
     * Called periodically: signs out an idle operator through the console, and closes a PIN pad
     * nobody finished.
     */
    public void tick() {
        if (!active.get() || busy.get()) {
            return;
        }
        if (last.phase() == Phase.SIGNED_OUT) {
            if (idleFor().compareTo(OperatorStation.IDLE_TIMEOUT) >= 0) {
                cancel();
            }
            return;
        }
        send(new Event.IdleCheck(), page.get());
    }

    private Duration idleFor() {
        return Duration.between(lastTouch, station.clock().instant());
    }

    private void touch() {
        lastTouch = station.clock().instant();
    }

    /** Runs {@code event} (or only refreshes the bins when null) and shows {@code next} after it. */
    private void send(Event event, OperatorPage next) {
        if (busy.get()) {
            return;
        }
        // The idle check runs every few seconds behind the staff's back: it must not disable the
        // page's buttons (a tap would be lost and the focused button would drop the keypad focus).
        if (!(event instanceof Event.IdleCheck)) {
            touch();
            busy.set(true);
        }
        executor.runInBackground(() -> {
            ConsoleSnapshot snapshot;
            List<BinOverview> overview = List.of();
            List<AlertCase> open = List.of();
            RuntimeException failure = null;
            boolean wasSignedIn = console.snapshot().phase() != Phase.SIGNED_OUT;
            try {
                snapshot = event == null ? console.snapshot() : console.on(event);
                if (snapshot.phase() != Phase.SIGNED_OUT) {
                    // Alerts first: a latch that does not answer fails the bins, not the alerts.
                    open = console.cases();
                    overview = console.bins();
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "operator action failed", e);
                snapshot = console.snapshot();
                failure = e;
            }
            failure = handBack(snapshot, wasSignedIn, failure);
            ConsoleSnapshot result = snapshot;
            List<BinOverview> rows = overview;
            List<AlertCase> alertRows = open;
            RuntimeException problem = failure;
            Instant now = station.clock().instant();
            executor.runOnUi(() -> apply(event, result, rows, alertRows, problem, next, now));
        });
    }

    /**
     * Runs in the background after an event: when staff signed out, the seat gets a trade to finish
     * or goes back to the attract screen. A seat that refuses is reported like a failed action.
     */
    private RuntimeException handBack(ConsoleSnapshot snapshot, boolean wasSignedIn, RuntimeException failure) {
        if (!wasSignedIn || snapshot.phase() != Phase.SIGNED_OUT) {
            return failure;
        }
        try {
            if (snapshot.handOver().isPresent()) {
                seat.continueTrade(snapshot.handOver().get());
            } else {
                seat.afterStaff();
            }
            return failure;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "handing the kiosk back failed", e);
            return failure != null ? failure : e;
        }
    }

    private void apply(
            Event event,
            ConsoleSnapshot snapshot,
            List<BinOverview> overview,
            List<AlertCase> open,
            RuntimeException problem,
            OperatorPage next,
            Instant now) {
        if (!(event instanceof Event.IdleCheck)) {
            busy.set(false);
        }
        boolean wasSignedIn = last.phase() != Phase.SIGNED_OUT;
        last = snapshot;
        TradingReadiness readiness = station.trading().readiness();
        wordLastRead = () -> {
            replaceIfChanged(
                    bins, overview.stream().map(b -> BinRow.of(b, now, text)).toList());
            // Device problems have their own section above the alerts, with Check again.
            replaceIfChanged(
                    alerts,
                    open.stream()
                            .filter(c -> !TradingHold.isDeviceAlert(c.alert()))
                            .map(c -> AlertRow.of(c, text))
                            .toList());
            replaceIfChanged(
                    selfTest, snapshot.selfTest().stream().map(this::words).toList());
            expectedPhone.set(snapshot.expected().map(this::expected).orElse(""));
            showDevices(readiness);
        };
        wordLastRead.run();
        signedInAs.set(snapshot.operatorId()
                .map(id -> text.get(
                        "operator.signedInAs",
                        id,
                        text.get(
                                "operator.role." + snapshot.role().orElseThrow().name())))
                .orElse(""));
        technician.set(snapshot.role().map(r -> r == Role.TECHNICIAN).orElse(false));
        openBin.set(
                snapshot.openBin().isPresent()
                        ? text.get("operator.restock.title", snapshot.openBin().getAsInt())
                        : "");
        restockSummary.set(text.get(
                "operator.bins.summary",
                snapshot.releases().size(),
                snapshot.discrepancies().size()));
        if (problem != null) {
            notice.set(text.get("operator.error", problem.getMessage()));
            noticeIsProblem.set(true);
        } else if (event != null) {
            notice.set(words(snapshot));
            noticeIsProblem.set(snapshot.notice().isProblem());
        }
        if (event instanceof Event.Scan && problem == null) {
            scanLog.add(0, notice.get());
        }
        snapshot.lastManifest().ifPresent(this::showManifest);
        if (event instanceof Event.FinishRestock) {
            manifestPrinted.set(text.get(
                    snapshot.notice().kind() == Notice.Kind.RESTOCK_PRINT_FAILED
                            ? "operator.finish.printFailed"
                            : "operator.finish.printed"));
        }
        route(snapshot, next, wasSignedIn);
    }

    /**
     * Replaces the rows only when they changed: each replacement rebuilds the page's cards, which
     * would take a tap in progress and the keypad focus with them.
     */
    private static <T> void replaceIfChanged(ObservableList<T> shown, List<T> rows) {
        if (!shown.equals(rows)) {
            shown.setAll(rows);
        }
    }

    private void route(ConsoleSnapshot snapshot, OperatorPage next, boolean wasSignedIn) {
        switch (snapshot.phase()) {
            case BIN_OPEN -> page.set(OperatorPage.RESTOCK);
            case SIGNED_IN ->
                page.set(
                        next == OperatorPage.FINISH && snapshot.lastManifest().isEmpty()
                                ? OperatorPage.BINS
                                : next == OperatorPage.PIN ? OperatorPage.BINS : next);
            case SIGNED_OUT -> {
                page.set(OperatorPage.PIN);
                if (wasSignedIn) {
                    // Signed out by hand or by the idle timer: back to the seller's attract screen.
                    active.set(false);
                }
            }
        }
    }

    private void showManifest(CustodyManifest manifest) {
        manifestId.set(text.get("operator.finish.manifest", manifest.manifestId()));
        List<String> lines = new ArrayList<>();
        for (CustodyManifest.Release r : manifest.releases()) {
            lines.add(text.get("operator.finish.release", r.bin(), r.model(), r.phoneId(), r.tradeId()));
        }
        for (Discrepancy d : manifest.discrepancies()) {
            lines.add(text.get(
                    "operator.finish.discrepancy",
                    d.bin(),
                    text.get("operator.discrepancy." + d.kind().name())));
        }
        manifestLines.setAll(lines);
    }

    /** The phone staff should find in the open bin: the serial always, the IMEI only when the kiosk read one. */
    private String expected(TradeRecord trade) {
        String model = trade.manufacturer() + " " + trade.model();
        return trade.imei()
                .map(imei -> text.get("operator.restock.expectedImei", model, trade.serial(), imei))
                .orElseGet(() -> text.get("operator.restock.expectedSerial", model, trade.serial()));
    }

    private String words(DeviceSelfTest.Result result) {
        String device = result.bin().isPresent()
                ? text.get("operator.selftest.device.bin", result.bin().getAsInt())
                : text.get("operator.selftest.device.printer");
        String read = String.join(
                " · ",
                result.conditions().stream()
                        .map(c -> text.get("operator.selftest.condition." + c.name()))
                        .toList());
        String detail = result.finding() == DeviceSelfTest.Finding.DEVICE_ERROR
                ? text.get(
                        "operator.selftest.finding.DEVICE_ERROR", result.error().orElse("—"))
                : text.get("operator.selftest.finding." + result.finding().name(), read);
        return text.get(result.passed() ? "operator.selftest.pass" : "operator.selftest.fail", device, detail);
    }

    private String words(ConsoleSnapshot snapshot) {
        String key = snapshot.notice().key();
        if (key.isEmpty()) {
            return "";
        }
        Object[] args = snapshot.notice().args().stream().map(this::argument).toArray();
        return text.get("operator.notice." + key, args);
    }

    /** Instants become local date and time, amounts local money; text and numbers are shown as given. */
    private Object argument(Object value) {
        if (value instanceof Instant at) {
            // Some locales put no-break spaces in dates; plain ones let a long notice wrap.
            return text.dateTime(at).replace('\u00a0', ' ').replace('\u202f', ' ');
        }
        return value instanceof Money amount ? text.money(amount) : String.valueOf(value);
    }

    /**
     * Nothing one member of staff typed or saw is left for the next: scans, trade ids, export
     * fields, self-test results and the last manifest are cleared before anyone signs in.
     */
    private void forgetPreviousStaff() {
        scanInput.set("");
        tradeId.set("");
        scanLog.clear();
        selfTest.clear();
        manifestLines.clear();
        manifestId.set("");
        manifestPrinted.set("");
        expectedPhone.set("");
        String today = LocalDate.ofInstant(
                        station.clock().instant(), station.clock().getZone())
                .toString();
        exportFrom.set(today);
        exportTo.set(today);
        exportFolder.set(station.exportFolder().toString());
    }

    private void clearPin() {
        for (int i = 0; i < pin.length(); i++) {
            pin.setCharAt(i, '0');
        }
        pin.setLength(0);
        pinMask.set("");
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OperatorPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public StringProperty operatorIdProperty() {
        return operatorId;
    }

    public ReadOnlyStringProperty pinMaskProperty() {
        return pinMask.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty noticeIsProblemProperty() {
        return noticeIsProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty signedInAsProperty() {
        return signedInAs.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty technicianProperty() {
        return technician.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty openBinProperty() {
        return openBin.getReadOnlyProperty();
    }

    /** While a bin is open: the phone that should come out of it, with the serial to compare. */
    public ReadOnlyStringProperty expectedPhoneProperty() {
        return expectedPhone.getReadOnlyProperty();
    }

    /** Whether the on-screen keyboard for the staff id is shown instead of the PIN pad. */
    public ReadOnlyBooleanProperty idKeyboardProperty() {
        return idKeyboard.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty restockSummaryProperty() {
        return restockSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty manifestIdProperty() {
        return manifestId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty manifestPrintedProperty() {
        return manifestPrinted.getReadOnlyProperty();
    }

    public ObservableList<BinRow> bins() {
        return binsView;
    }

    public ObservableList<String> scanLog() {
        return scanLogView;
    }

    public ObservableList<String> manifestLines() {
        return manifestLinesView;
    }

    /** The price book in force, shown on the service page. */
    public ReadOnlyStringProperty priceBookProperty() {
        return priceBook.getReadOnlyProperty();
    }

    /** Open alerts, oldest first, shown above the bins. */
    public ObservableList<AlertRow> alerts() {
        return alertsView;
    }

    /** The problems the last device check found, acknowledged ones included; empty when none. */
    public ObservableList<DeviceRow> devices() {
        return devicesView;
    }

    /** A device problem holds trading now. */
    public ReadOnlyBooleanProperty tradingHeldProperty() {
        return tradingHeld.getReadOnlyProperty();
    }

    /** Every problem holding trading is on the printer, so staff may trade on past it. */
    public ReadOnlyBooleanProperty mayAcknowledgeDevicesProperty() {
        return mayAcknowledgeDevices.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty devicesHeadingProperty() {
        return devicesHeading.getReadOnlyProperty();
    }

    /** Why a latch problem cannot be acknowledged, or what acknowledging meant. */
    public ReadOnlyStringProperty devicesFootnoteProperty() {
        return devicesFootnote.getReadOnlyProperty();
    }

    public ObservableList<String> selfTestResults() {
        return selfTestView;
    }

    public StringProperty scanInputProperty() {
        return scanInput;
    }

    public StringProperty tradeIdProperty() {
        return tradeId;
    }

    public StringProperty exportFromProperty() {
        return exportFrom;
    }

    public StringProperty exportToProperty() {
        return exportTo;
    }

    public StringProperty exportFolderProperty() {
        return exportFolder;
    }

    public UiText text() {
        return text;
    }
}
