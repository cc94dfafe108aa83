package org.cleartrade.ui.screen.notice;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SellerReference;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.session.SessionModel;

/**
 * The screens that end a journey or pause it for the seller to act: take the phone back, close the
 * bin door, done, goodbye, wait for staff. Each says what happened and what to do next.
 */
public final class NoticeViewModel extends ScreenViewModel {

    private final ReadOnlyStringWrapper what = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reference = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper finishLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper finishable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper happy = new ReadOnlyBooleanWrapper();
    private final Runnable finish;

    /** @param finish ends a finished session's screen and shows the attract screen for the next seller */
    public NoticeViewModel(SessionModel session, UiText text, Runnable finish) {
        super(session, text);
        this.finish = finish;
        follow();
    }

    @Override
    protected void refresh(SessionSnapshot snapshot) {
        String key = "notice." + snapshot.phase().name();
        String bin = snapshot.trade().deposit().bin().isPresent()
                ? String.valueOf(snapshot.trade().deposit().bin().getAsInt())
                : "–";
        setTitle(text.get(key + ".title"));
        List<String> parts = new ArrayList<>();
        snapshot.outcome()
                .filter(o -> snapshot.phase() != Phase.COMPLETED)
                .ifPresent(o -> parts.add(text.get("outcome." + o.name())));
        snapshot.refusal().ifPresent(r -> parts.add(text.get("refusal." + r.name() + ".reason")));
        if (snapshot.phase() == Phase.COMPLETED) {
            snapshot.trade()
                    .voucher()
                    .ifPresent(v -> parts.add(text.get("notice.COMPLETED.paid", text.money(v.amount()))));
        }
        what.set(String.join("\n\n", parts));
        next.set(text.get(key + ".next", bin));
        reference.set(text.get("notice.reference", SellerReference.of(snapshot.sessionId())));
        finishable.set(snapshot.phase() == Phase.COMPLETED || snapshot.phase() == Phase.ENDED);
        finishLabel.set(text.get("notice.finish"));
        happy.set(snapshot.phase() == Phase.COMPLETED);
        setPrompt(String.join(" ", getTitleText(), next.get()));
    }

    private String getTitleText() {
        return titleProperty().get();
    }

    public ReadOnlyStringProperty whatProperty() {
        return what.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextProperty() {
        return next.getReadOnlyProperty();
    }

    /** A short code staff can match to the session in the operator console. */
    public ReadOnlyStringProperty referenceProperty() {
        return reference.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishableProperty() {
        return finishable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty finishLabelProperty() {
        return finishLabel.getReadOnlyProperty();
    }

    /** The journey ended well: the screen celebrates rather than warns. */
    public ReadOnlyBooleanProperty happyProperty() {
        return happy.getReadOnlyProperty();
    }

    public void finish() {
        if (finishable.get()) {
            finish.run();
        }
    }
}
