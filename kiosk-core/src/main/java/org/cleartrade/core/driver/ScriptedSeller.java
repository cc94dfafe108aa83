package org.cleartrade.core.driver;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionListener;
import org.cleartrade.core.session.SessionRunner;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.printer.PrinterStatus;
import org.cleartrade.pricing.grading.Condition;

/**
 * A seller who plays one {@link Scenario}: reacts to each published snapshot after a few
 * (virtual) seconds of thinking by touching the screen or acting on the devices, as a person at
 * the kiosk would. Each reaction happens once per phase entry.
 */
final class ScriptedSeller implements SessionListener {

    static final Duration THINK = Duration.ofSeconds(3);
    static final String SWAPPED_PHONE = "nokia-g21-clean";
    /** The slow seller asks for more time after this long at the open bin, and opens it after {@link #SLOW_OPEN}. */
    static final Duration SLOW_MORE_TIME = Duration.ofSeconds(100);

    static final Duration SLOW_OPEN = Duration.ofSeconds(150);
    /** The headless driver has no screen; its consent record says what the script agreed to. */
    static final String CONSENT_VERSION = "headless-1";

    static final String CONSENT_TEXT = "Headless run: consent given by the journey script";

    private final Scenario scenario;
    private final SimulatedKiosk kiosk;
    private final VirtualTime time;
    private final Set<String> done = new HashSet<>();
    private final java.util.List<String> refusedTaps = new java.util.ArrayList<>();
    private SessionRunner runner;
    /** The iPhone seller already tapped "Don't Trust" and unplugged once. */
    private boolean declined;

    ScriptedSeller(Scenario scenario, SimulatedKiosk kiosk, VirtualTime time) {
        this.scenario = scenario;
        this.kiosk = kiosk;
        this.time = time;
    }

    void attach(SessionRunner sessionRunner) {
        this.runner = sessionRunner;
    }

    @Override
    public void onSnapshot(SessionSnapshot s) {
        switch (s.phase()) {
            case ATTRACT -> once(s, "start", () -> tap(new SessionEvent.Start()));
            case CHECKLIST -> once(s, "checklist", () -> tap(new SessionEvent.ChecklistDone()));
            case AWAIT_PHONE -> awaitPhone(s);
            case REFUSED -> once(s, "unplug", this::unplug);
            case RETURNING_PHONE -> {
                if (!scenario.walksAwayAtOffer()) {
                    once(s, "unplug", this::unplug);
                }
            }
            case CONDITION ->
                once(
                        s,
                        "condition",
                        () -> tap(new SessionEvent.ConditionAnswered(
                                new Condition(true, Condition.Screen.LIGHT_SCRATCHES, Condition.Body.WORN, false))));
            case OFFER -> offer(s);
            case IDENTITY ->
                once(
                        s,
                        "id",
                        () -> tap(new SessionEvent.IdScanned(Map.of(
                                "familyName", "Roe",
                                "givenNames", "Sam",
                                "birthDate", "1988-02-29",
                                "documentNumber", "S5550123",
                                "address", "2 Elm St",
                                "expiry",
                                        time.now()
                                                .atZone(java.time.ZoneOffset.UTC)
                                                .toLocalDate()
                                                .plusYears(4)
                                                .toString()))));
            case CONSENT ->
                once(
                        s,
                        "consent",
                        () -> tap(
                                scenario == Scenario.CANCEL_AT_CONSENT
                                        ? new SessionEvent.Cancel()
                                        : new SessionEvent.ConsentGiven(CONSENT_VERSION, s.language(), CONSENT_TEXT)));
            case DEPOSIT -> deposit(s);
            case CERTIFICATE_ON_SCREEN -> once(s, "certificate-saved", () -> tap(new SessionEvent.ReceiptSaved()));
            case VOUCHER_ON_SCREEN -> {
                if (scenario != Scenario.VOUCHER_LEFT_ON_SCREEN) {
                    once(s, "voucher-saved", () -> tap(new SessionEvent.ReceiptSaved()));
                }
            }
            case CANCELLING_DEPOSIT -> {
                int bin = s.trade().deposit().bin().orElseThrow();
                if (s.trade().deposit().lastStatus().isPresent()
                        && !s.trade().deposit().doorClosed()) {
                    once(s, "close-after-cancel", () -> kiosk.latch().closeDoor(bin));
                }
            }
            default -> {
                // Phases where the kiosk works and the seller waits.
            }
        }
    }

    private void awaitPhone(SessionSnapshot s) {
        if (scenario.iphone()) {
            awaitIphone(s);
            return;
        }
        DockStatus.State state = s.phone().dock().state();
        if (state == DockStatus.State.EMPTY) {
            once(s, "plug", () -> kiosk.dock().plug(scenario.phone()));
        } else if (state == DockStatus.State.UNAUTHORIZED) {
            once(s, "authorize", () -> kiosk.dock().authorize());
        }
    }

    /**
     * Plugs the iPhone in and does what its screen asks: unlock, then "Trust". The seller of {@link
     * Scenario#IPHONE_TRUST_DECLINED} taps "Don't Trust" first, and, told to, plugs the phone in
     * again.
     */
    private void awaitIphone(SessionSnapshot s) {
        DockStatus dock = s.phone().dock();
        if (dock.state() == DockStatus.State.EMPTY) {
            once(s, declined ? "plug-again" : "plug", () -> kiosk.iphone().plug(scenario.phone()));
            return;
        }
        dock.prompt().ifPresent(prompt -> {
            switch (prompt) {
                case UNLOCK -> once(s, "unlock", () -> kiosk.iphone().unlock());
                case TRUST -> {
                    if (scenario == Scenario.IPHONE_TRUST_DECLINED && !declined) {
                        once(s, "dont-trust", () -> kiosk.iphone().tapDontTrust());
                    } else {
                        once(s, "trust", () -> kiosk.iphone().tapTrust());
                    }
                }
                case TRUST_DECLINED ->
                    once(s, "unplug-declined", () -> {
                        declined = true;
                        kiosk.iphone().unplug();
                    });
                default -> {
                    // Android prompts do not appear on an iPhone.
                }
            }
        });
    }

    /** The seller takes the phone off whichever cable it is on. */
    private void unplug() {
        if (scenario.iphone()) {
            kiosk.iphone().unplug();
        } else {
            kiosk.dock().unplug();
        }
    }

    private void offer(SessionSnapshot s) {
        if (scenario.walksAwayAtOffer()) {
            return;
        }
        once(
                s,
                "offer",
                () -> tap(scenario == Scenario.DECLINE ? new SessionEvent.Decline() : new SessionEvent.Accept()));
    }

    private void deposit(SessionSnapshot s) {
        if (scenario == Scenario.WALK_AWAY_AT_DEPOSIT) {
            return;
        }
        int bin = s.trade().deposit().bin().orElseThrow();
        if (scenario == Scenario.SLOW_AT_DEPOSIT && !s.trade().deposit().doorOpened()) {
            // Longer than the latch's own relock time, and near the end of the countdown.
            onceAfter(s, "more-time", SLOW_MORE_TIME, () -> tap(new SessionEvent.MoreTime()));
            onceAfter(s, "open", SLOW_OPEN, () -> kiosk.latch().openDoor(bin));
            return;
        }
        if (!s.trade().deposit().doorOpened()) {
            once(s, "open", () -> kiosk.latch().openDoor(bin));
            return;
        }
        once(s, "deposit", () -> {
            switch (scenario) {
                case CANCEL_AT_DEPOSIT -> tap(new SessionEvent.Cancel());
                case DOOR_LEFT_OPEN -> kiosk.latch().putPhone(bin);
                case SWAP -> {
                    kiosk.latch().putPhone(bin);
                    kiosk.dock().plug(SWAPPED_PHONE);
                    kiosk.latch().closeDoor(bin);
                }
                case PAPER_OUT_AT_PAYOUT, VOUCHER_LEFT_ON_SCREEN -> {
                    kiosk.latch().putPhone(bin);
                    kiosk.printer().setStatus(new PrinterStatus(true, true, false, false));
                    kiosk.latch().closeDoor(bin);
                }
                default -> {
                    kiosk.latch().putPhone(bin);
                    kiosk.latch().closeDoor(bin);
                }
            }
        });
    }

    /**
     * Acts once per phase entry, after thinking; a seller whose screen has moved on in the meantime
     * (the session ended, or went to another phase) no longer does what the old screen asked.
     */
    private void once(SessionSnapshot s, String what, Runnable action) {
        onceAfter(s, what, THINK, action);
    }

    private void onceAfter(SessionSnapshot s, String what, Duration after, Runnable action) {
        if (done.add(what + "@" + s.phaseEntrySeq())) {
            time.schedule(after, () -> {
                if (runner.snapshot().phase() == s.phase() && runner.snapshot().phaseEntrySeq() == s.phaseEntrySeq()) {
                    action.run();
                }
            });
        }
    }

    private void tap(SessionEvent.SellerEvent event) {
        runner.submit(event).exceptionally(e -> {
            refusedTaps.add(event.journalName() + ": " + e.getMessage());
            return null;
        });
    }

    /** Seller events the session refused; a correct script and machine leave this empty. */
    java.util.List<String> refusedTaps() {
        return refusedTaps;
    }
}
