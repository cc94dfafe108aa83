package org.cleartrade.ui.screen.quote;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.pricing.quote.Money;
import org.cleartrade.pricing.quote.Quote;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.PayoutPlace;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.session.SessionModel;

/** The offer: the amount, how it was reached, how long it holds, and the choice to take it. */
public final class QuoteViewModel extends ScreenViewModel {

    private final ReadOnlyBooleanWrapper pricing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper amount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phone = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper validity = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextSteps = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper gradeMeaning = new ReadOnlyStringWrapper("");
    private final PayoutPlace payoutPlace;
    private final ReadOnlyObjectWrapper<List<BreakdownLine>> breakdown = new ReadOnlyObjectWrapper<>(List.of());

    /** @param payoutPlace where the voucher is paid, named in the steps after accepting */
    public QuoteViewModel(SessionModel session, UiText text, PayoutPlace payoutPlace) {
        super(session, text);
        this.payoutPlace = payoutPlace;
        follow();
    }

    @Override
    protected void refresh(SessionSnapshot snapshot) {
        Quote quote = snapshot.offer().quote().orElse(null);
        pricing.set(snapshot.phase() == Phase.QUOTING || quote == null);
        if (quote == null) {
            setTitle(text.get("quote.working"));
            amount.set("");
            phone.set("");
            validity.set("");
            gradeMeaning.set("");
            breakdown.set(List.of());
            setPrompt(text.get("quote.working"));
            return;
        }
        setTitle(text.get("quote.title"));
        amount.set(text.money(quote.offer()));
        phone.set(text.get(
                "quote.phone",
                quote.modelName(),
                quote.storageGb(),
                quote.grade().name()));
        validity.set(text.get("quote.validUntil", text.time(quote.validUntil())));
        gradeMeaning.set(text.get("grade." + quote.grade().name() + ".meaning"));
        nextSteps.set(text.get("quote.nextSteps", payoutPlace.words(text)));
        breakdown.set(lines(quote));
        setPrompt(text.get("quote.title") + " " + amount.get() + ". " + validity.get());
    }

    private List<BreakdownLine> lines(Quote quote) {
        List<BreakdownLine> lines = new ArrayList<>();
        lines.add(new BreakdownLine(text.get("quote.base"), text.money(quote.basePrice()), false));
        for (Quote.Deduction d : quote.deductions()) {
            // Pricing names each deduction by a bundle key such as deduction.screen_cracked.
            String label = text.has(d.reasonKey()) ? text.get(d.reasonKey()) : d.reasonKey();
            lines.add(new BreakdownLine(label, "− " + text.money(positive(d.amount())), false));
        }
        lines.add(new BreakdownLine(text.get("quote.offer", quote.grade().name()), text.money(quote.offer()), true));
        return List.copyOf(lines);
    }

    private static Money positive(Money m) {
        return new Money(Math.abs(m.minorUnits()), m.currency());
    }

    /** True while the kiosk is still working the price out. */
    public ReadOnlyBooleanProperty pricingProperty() {
        return pricing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty amountProperty() {
        return amount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phoneProperty() {
        return phone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty validityProperty() {
        return validity.getReadOnlyProperty();
    }

    /** What the phone's grade means, in one line: "Grade C: clearly used…". */
    public ReadOnlyStringProperty gradeMeaningProperty() {
        return gradeMeaning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextStepsProperty() {
        return nextSteps.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<BreakdownLine>> breakdownProperty() {
        return breakdown.getReadOnlyProperty();
    }

    public void accept() {
        session.send(new SessionEvent.Accept());
    }

    public void decline() {
        session.send(new SessionEvent.Decline());
    }
}
