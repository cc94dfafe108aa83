package org.cleartrade.ui.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.cleartrade.core.backoffice.BlockList;
import org.cleartrade.core.jurisdiction.JurisdictionProfile;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.session.Effect;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionMachine;
import org.cleartrade.core.session.SessionSettings;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.core.session.Transition;
import org.cleartrade.deviceio.dock.scenario.PhoneScenarioLibrary;
import org.cleartrade.deviceio.dock.simulated.SimulatedPhoneDock;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.pricing.book.LivePriceBook;
import org.cleartrade.pricing.book.PriceBooks;
import org.cleartrade.pricing.grading.Condition;
import org.cleartrade.pricing.quote.BookQuoter;
import org.cleartrade.ui.session.ManualScheduler;
import org.cleartrade.ui.session.SessionPort;

/**
 * The real {@link SessionMachine} behind a {@link SessionPort}, without a runner: seller events go
 * straight into the machine and the test plays each device answer itself, so a view model can be
 * put into any phase in a few lines and nothing runs in the background.
 */
public final class MachineSession implements SessionPort {

    public static final PhoneScenarioLibrary PHONES = new PhoneScenarioLibrary();

    private final ManualScheduler clock =
            new ManualScheduler(Instant.parse("2026-11-23T15:00:00Z"), ZoneId.of("America/Chicago"));
    private final SessionMachine machine;
    private final List<Consumer<SessionSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final List<SessionEvent.SellerEvent> sent = new ArrayList<>();
    private final SimulatedPhoneDock dock = new SimulatedPhoneDock(PHONES, clock, d -> {}, Optional.empty());
    private List<Effect> lastEffects = List.of();

    public MachineSession(String jurisdiction) {
        this(jurisdiction, "session-0001");
    }

    public MachineSession(String jurisdiction, String sessionId) {
        JurisdictionProfile profile = JurisdictionProfiles.bundled(jurisdiction);
        machine = SessionMachine.start(sessionId, profile, SessionSettings.defaults(), clock);
    }

    public static MachineSession illinois() {
        return new MachineSession("US-IL");
    }

    public ManualScheduler clock() {
        return clock;
    }

    @Override
    public SessionSnapshot current() {
        return machine.snapshot();
    }

    @Override
    public void subscribe(Consumer<SessionSnapshot> listener) {
        listeners.add(listener);
    }

    @Override
    public void send(SessionEvent.SellerEvent event) {
        sent.add(event);
        apply(event);
    }

    /** Seller events the UI sent, in order. */
    public List<SessionEvent.SellerEvent> sent() {
        return sent;
    }

    /** Feeds any event, as the runner would after a device answered. */
    public MachineSession apply(SessionEvent event) {
        Transition t = machine.on(event);
        lastEffects = t.effects();
        listeners.forEach(l -> l.accept(t.to()));
        return this;
    }

    public MachineSession toChecklist() {
        return apply(new SessionEvent.Start());
    }

    public MachineSession toDock() {
        return toChecklist().apply(new SessionEvent.ChecklistDone());
    }

    public MachineSession dockSees(DockStatus.State state) {
        return apply(new SessionEvent.DockChanged(new DockStatus(state, Optional.of("3A281FDJH00C42"))));
    }

    /** Docks and inspects the phone of a scenario in {@code assets/phones}. */
    public MachineSession inspected(String scenario) {
        dock.plug(scenario);
        dock.authorize();
        dockSees(DockStatus.State.AUTHORIZED);
        return apply(new SessionEvent.Inspected(dock.inspect()));
    }

    /** Inspects the phone on the dock again, as "check again" asks the session to. */
    public MachineSession reinspected() {
        return apply(new SessionEvent.Inspected(dock.inspect()));
    }

    /** Docks and inspects an Android phone of {@code assets/phones}, the dock naming its platform. */
    public MachineSession inspectedAndroid(String scenario) {
        dock.plug(scenario);
        dock.authorize();
        apply(new SessionEvent.DockChanged(dock.status()));
        return apply(new SessionEvent.Inspected(dock.inspect()));
    }

    public MachineSession toCondition() {
        return toDock().inspected("moto-g7-imei")
                .apply(new SessionEvent.BlockListAnswered(new BlockList.Answer.Clear()));
    }

    /** Answers the condition questions and prices the phone from the seed price book. */
    public MachineSession toOffer(Condition condition) {
        toCondition().apply(new SessionEvent.ConditionAnswered(condition));
        Effect.RequestQuote request = effect(Effect.RequestQuote.class);
        BookQuoter quoter = new BookQuoter(new LivePriceBook(PriceBooks.loadSeed()), clock);
        return apply(new SessionEvent.Quoted(quoter.quote(request.request())));
    }

    public MachineSession toOffer() {
        return toOffer(new Condition(true, Condition.Screen.LIGHT_SCRATCHES, Condition.Body.FLAWLESS, false));
    }

    public <E extends Effect> E effect(Class<E> type) {
        return lastEffects.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in " + lastEffects));
    }
}
