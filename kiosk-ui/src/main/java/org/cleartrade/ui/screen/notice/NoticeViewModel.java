package org.cleartrade.ui.screen.notice;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.session.OperatorAlert;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SellerReference;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.core.session.SessionSnapshot.Handover;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.PayoutPlace;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.session.SessionModel;

/**
 * The screens that end a journey or pause it for the seller to act: take the phone back, close the
 * bin door, done, goodbye, wait for staff. Each says what happened and what to do next, and claims
 * nothing that did not happen: "done" names how each receipt reached the seller, "goodbye" what the
 * kiosk keeps, "wait for staff" why, and what the seller is owed.
 */
public final class NoticeViewModel extends ScreenViewModel {

    private final ReadOnlyStringWrapper what = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reference = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper finishLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper finishable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper happy = new ReadOnlyBooleanWrapper();
    private final Runnable finish;

    private final PayoutPlace payoutPlace;

    /**
     * @param payoutPlace where the voucher is paid, named on the done screen
     * @param finish ends a finished session's screen and shows the attract screen for the next seller
     */
    public NoticeViewModel(SessionModel session, UiText text, PayoutPlace payoutPlace, Runnable finish) {
        super(session, text);
        this.payoutPlace = payoutPlace;
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
        switch (snapshot.phase()) {
            case COMPLETED ->
                snapshot.trade()
                        .voucher()
                        // A voucher is not money yet: the seller is told what it is worth and where it is paid.
                        .ifPresent(v -> parts.add(text.get(
                                "notice.COMPLETED.voucher",
                                text.money(v.amount()),
                                payoutPlace.words(text),
                                text.dateTime(v.expiresAt()))));
            case OPERATOR_NEEDED -> parts.addAll(whatHappened(snapshot));
            default -> {
                snapshot.outcome().ifPresent(o -> parts.add(text.get("outcome." + o.name())));
                snapshot.refusal().ifPresent(r -> parts.add(text.get("refusal." + r.name() + ".reason")));
            }
        }
        what.set(String.join("\n\n", parts));
        next.set(
                switch (snapshot.phase()) {
                    case COMPLETED -> completedNext(snapshot, bin);
                    case ENDED -> keptNext(snapshot);
                    default -> text.get(key + ".next", bin);
                });
        reference.set(text.get("notice.reference", SellerReference.of(snapshot.sessionId())));
        finishable.set(snapshot.phase() == Phase.COMPLETED || snapshot.phase() == Phase.ENDED);
        finishLabel.set(text.get("notice.finish"));
        happy.set(snapshot.phase() == Phase.COMPLETED);
        setPrompt(String.join(" ", getTitleText(), what.get(), next.get()));
    }

    /**
     * Why staff are needed, from the alert that ended the session, and, when the phone was erased
     * and the seller is not paid, what they are owed: never blaming them for what happened.
     */
    private List<String> whatHappened(SessionSnapshot s) {
        List<String> parts = new ArrayList<>();
        if (!s.alerts().isEmpty()) {
            OperatorAlert last = s.alerts().get(s.alerts().size() - 1);
            parts.add(text.get("notice.OPERATOR_NEEDED." + last.kind().name()));
            last.owed().ifPresent(owed -> parts.add(text.get("notice.OPERATOR_NEEDED.owed", text.money(owed))));
        }
        return parts;
    }

    /** Where the phone is and how each receipt reached the seller: printed, or saved from the screen. */
    private String completedNext(SessionSnapshot s, String bin) {
        List<String> lines = new ArrayList<>();
        lines.add(text.get("notice.COMPLETED.next", bin));
        s.trade()
                .voucher()
                .map(v -> v.handover() == Handover.PRINTED
                        ? "notice.COMPLETED.voucherPrinted"
                        : "notice.COMPLETED.voucherSaved")
                .ifPresent(k -> lines.add(text.get(k, payoutPlace.words(text))));
        s.trade()
                .certificate()
                .map(c -> c.handover() == Handover.PRINTED
                        ? "notice.COMPLETED.certificatePrinted"
                        : "notice.COMPLETED.certificateSaved")
                .ifPresent(k -> lines.add(text.get(k)));
        return String.join(" ", lines);
    }

    /** What the kiosk keeps of a session that ended without a sale, exactly. */
    private String keptNext(SessionSnapshot s) {
        if (s.trade().tradeId().isEmpty()) {
            return text.get("notice.ENDED.next");
        }
        List<String> lines = new ArrayList<>();
        lines.add(text.get(
                s.trade().certificate().isPresent() ? "notice.ENDED.keptErased" : "notice.ENDED.keptCancelled"));
        boolean identityKept = s.trade().identityChecked()
                && !JurisdictionProfiles.bundled(s.jurisdiction())
                        .keptIdFields()
                        .isEmpty();
        if (identityKept) {
            lines.add(text.get("notice.ENDED.keptIdentity"));
        }
        return String.join(" ", lines);
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
