package org.cleartrade.core.readiness;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.session.OperatorAlert;

/**
 * Holds trading while the latch or the printer has a problem ({@link TradingReadiness}), and keeps
 * the ledger's operator alerts in step with it.
 *
 * <ol>
 *   <li>{@link #check} reads both devices ({@link StartupDeviceCheck}); the kiosk runs it at start,
 *       staff run it again ("check again"). Each problem found that has no open alert raises one
 *       ({@link OperatorAlert.Kind#LATCH_NOT_READY} or {@link OperatorAlert.Kind#PRINTER_NOT_READY},
 *       id {@code device/KEY/CHECK}), audited; each open one whose problem is gone is resolved by
 *       whoever checked. The check itself is audited with what it found.
 *   <li>{@link #acknowledge} lets staff trade on past printer problems: their alerts are resolved by
 *       that staff member, audited as acknowledged. Refused while a latch problem is outstanding.
 * </ol>
 *
 * Every change is committed (synced) before it takes effect, as one ended journal entry of its
 * own; listeners hear the new readiness after the commit.
 *
 * <p>Threading: safe for concurrent use; checks and acknowledgements are serialized, listeners run
 * on the calling thread.
 */
public final class TradingHold {

    /** Alert ids of this hold start with this; the problem's key follows. */
    static final String ALERT_PREFIX = "device/";

    private final StartupDeviceCheck devices;
    private final Ledger ledger;
    private final Clock clock;
    private final Supplier<String> ids;
    private final List<Consumer<TradingReadiness>> listeners = new CopyOnWriteArrayList<>();
    private volatile TradingReadiness readiness = TradingReadiness.READY;

    /** @param ids unique ids, one per check or acknowledgement */
    public TradingHold(StartupDeviceCheck devices, Ledger ledger, Clock clock, Supplier<String> ids) {
        this.devices = Objects.requireNonNull(devices, "devices");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** Reads the devices now and records what changed; {@code actor} is {@code kiosk} at start. */
    public synchronized TradingReadiness check(String actor) {
        List<DeviceProblem> found = devices.run();
        TradingReadiness next = readiness.after(found);
        String checkId = ids.get();
        Instant now = clock.instant();
        List<LedgerFact> facts = new ArrayList<>();
        List<LedgerFact.AlertRaised> open = openDeviceAlerts();
        for (LedgerFact.AlertRaised alert : open) {
            String key = keyOf(alert);
            if (found.stream().noneMatch(p -> p.key().equals(key))) {
                facts.add(new LedgerFact.AlertResolved(alert.alertId(), actor));
                facts.add(new LedgerFact.Audited(
                        actor, "alert.resolve", alert.kind() + " " + key + " cleared at re-check"));
            }
        }
        for (DeviceProblem p : next.outstanding()) {
            if (open.stream().noneMatch(a -> keyOf(a).equals(p.key()))) {
                OperatorAlert.Kind kind = kindOf(p);
                facts.add(new LedgerFact.AlertRaised(
                        ALERT_PREFIX + p.key() + "/" + checkId,
                        kind.name(),
                        sessionId(checkId),
                        p.bin(),
                        Optional.empty(),
                        p.detail(),
                        now));
                facts.add(new LedgerFact.Audited("kiosk", "alert", kind + ": " + p.describe()));
            }
        }
        facts.add(new LedgerFact.Audited(actor, "devices.check", summary(next)));
        commit(checkId, "DeviceCheck", now, next, facts);
        return publish(next);
    }

    /**
     * Staff trade on past the printer problems that hold trading: receipts that do not print stay
     * on the screen.
     *
     * @throws IllegalStateException when a latch problem holds trading, or nothing does
     */
    public synchronized TradingReadiness acknowledge(String operatorId) {
        TradingReadiness next = readiness.acknowledgedAll();
        String id = ids.get();
        Instant now = clock.instant();
        List<LedgerFact> facts = new ArrayList<>();
        List<LedgerFact.AlertRaised> open = openDeviceAlerts();
        for (DeviceProblem p : readiness.outstanding()) {
            open.stream()
                    .filter(a -> keyOf(a).equals(p.key()))
                    .forEach(a -> facts.add(new LedgerFact.AlertResolved(a.alertId(), operatorId)));
            facts.add(new LedgerFact.Audited(
                    operatorId,
                    "devices.acknowledge",
                    p.describe() + "; trading on with receipts kept on screen when they do not print"));
        }
        commit(id, "Acknowledged", now, next, facts);
        return publish(next);
    }

    public TradingReadiness readiness() {
        return readiness;
    }

    public boolean tradingAllowed() {
        return readiness.tradingAllowed();
    }

    /** Hears every readiness after it is committed. */
    public void subscribe(Consumer<TradingReadiness> listener) {
        listeners.add(listener);
    }

    private TradingReadiness publish(TradingReadiness next) {
        readiness = next;
        listeners.forEach(l -> l.accept(next));
        return next;
    }

    private void commit(String id, String event, Instant now, TradingReadiness next, List<LedgerFact> facts) {
        ledger.commit(
                new JournalEntry(
                        sessionId(id),
                        1,
                        now,
                        "CHECKING",
                        event,
                        next.tradingAllowed() ? "TRADING" : "HELD",
                        "problems=" + next.problems().size() + ";outstanding="
                                + next.outstanding().size(),
                        true),
                facts,
                Ledger.Durability.SYNCED);
    }

    private List<LedgerFact.AlertRaised> openDeviceAlerts() {
        return ledger.openAlerts().stream().filter(TradingHold::isDeviceAlert).toList();
    }

    /** Whether an alert is one of this hold's, kept in step with the device check. */
    public static boolean isDeviceAlert(LedgerFact.AlertRaised alert) {
        return alert.alertId().startsWith(ALERT_PREFIX);
    }

    /** The problem key inside an alert id {@code device/KEY/CHECK}. */
    static String keyOf(LedgerFact.AlertRaised alert) {
        String rest = alert.alertId().substring(ALERT_PREFIX.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static OperatorAlert.Kind kindOf(DeviceProblem p) {
        return p.device() == DeviceProblem.Device.LATCH
                ? OperatorAlert.Kind.LATCH_NOT_READY
                : OperatorAlert.Kind.PRINTER_NOT_READY;
    }

    private static String sessionId(String id) {
        return "dc-" + id;
    }

    private static String summary(TradingReadiness r) {
        if (r.problems().isEmpty()) {
            return "latch and printer ready; trading";
        }
        StringBuilder s = new StringBuilder(r.tradingAllowed() ? "trading, acknowledged: " : "trading held: ");
        s.append(String.join(
                "; ", r.problems().stream().map(DeviceProblem::describe).toList()));
        return s.toString();
    }
}
