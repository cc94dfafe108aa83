package org.cleartrade.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import org.cleartrade.codes.pdf417.ZxingPdf417FrameDecoder;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.PayoutPlace;
import org.cleartrade.ui.screen.ScreenView;
import org.cleartrade.ui.screen.attract.AttractView;
import org.cleartrade.ui.screen.attract.AttractViewModel;
import org.cleartrade.ui.screen.checklist.ChecklistView;
import org.cleartrade.ui.screen.checklist.ChecklistViewModel;
import org.cleartrade.ui.screen.condition.ConditionView;
import org.cleartrade.ui.screen.condition.ConditionViewModel;
import org.cleartrade.ui.screen.consent.ConsentView;
import org.cleartrade.ui.screen.consent.ConsentViewModel;
import org.cleartrade.ui.screen.deposit.DepositView;
import org.cleartrade.ui.screen.deposit.DepositViewModel;
import org.cleartrade.ui.screen.dock.DockView;
import org.cleartrade.ui.screen.dock.DockViewModel;
import org.cleartrade.ui.screen.erase.EraseView;
import org.cleartrade.ui.screen.erase.EraseViewModel;
import org.cleartrade.ui.screen.held.HeldView;
import org.cleartrade.ui.screen.held.HeldViewModel;
import org.cleartrade.ui.screen.identity.IdentityView;
import org.cleartrade.ui.screen.identity.IdentityViewModel;
import org.cleartrade.ui.screen.inspection.InspectionView;
import org.cleartrade.ui.screen.inspection.InspectionViewModel;
import org.cleartrade.ui.screen.language.LanguageView;
import org.cleartrade.ui.screen.language.LanguageViewModel;
import org.cleartrade.ui.screen.notice.NoticeView;
import org.cleartrade.ui.screen.notice.NoticeViewModel;
import org.cleartrade.ui.screen.payout.PayoutView;
import org.cleartrade.ui.screen.payout.PayoutViewModel;
import org.cleartrade.ui.screen.quote.QuoteView;
import org.cleartrade.ui.screen.quote.QuoteViewModel;
import org.cleartrade.ui.screen.receipt.ReceiptView;
import org.cleartrade.ui.screen.receipt.ReceiptViewModel;
import org.cleartrade.ui.screen.refusal.RefusalView;
import org.cleartrade.ui.screen.refusal.RefusalViewModel;
import org.cleartrade.ui.session.SessionModel;

/**
 * Builds each screen's view model and view the first time it is shown, and keeps it: view models
 * follow the session from then on, so coming back to a screen costs nothing.
 */
public final class KioskScreens {

    private final SessionModel session;
    private final UiText text;
    private final ShellViewModel shell;
    private final VerificationLink link;
    private final PayoutPlace payoutPlace;
    private final Countdowns countdowns;
    private final Runnable finish;
    private final Map<ScreenId, ScreenView> built = new EnumMap<>(ScreenId.class);
    private NoticeViewModel notices;

    /**
     * @param countdowns the kiosk's clock and a once-a-second tick, for the countdowns the seller sees
     * @param link what the certificate and voucher QR codes hold, the same on screen as on paper
     * @param payoutPlace where the seller redeems the voucher, named on the offer, voucher and done screens
     * @param finish ends a finished session and shows the attract screen for the next seller
     */
    public KioskScreens(
            SessionModel session,
            UiText text,
            ShellViewModel shell,
            Countdowns countdowns,
            VerificationLink link,
            PayoutPlace payoutPlace,
            Runnable finish) {
        this.payoutPlace = payoutPlace;
        this.session = session;
        this.text = text;
        this.shell = shell;
        this.countdowns = countdowns;
        this.link = link;
        this.finish = finish;
    }

    public ScreenView view(ScreenId id) {
        return built.computeIfAbsent(id, this::build);
    }

    private ScreenView build(ScreenId id) {
        return switch (id) {
            case ATTRACT -> AttractView.create(new AttractViewModel(session, text, shell::openLanguageScreen));
            case LANGUAGE ->
                LanguageView.create(new LanguageViewModel(session, text, shell::closeLanguageScreen), text);
            case CHECKLIST -> ChecklistView.create(new ChecklistViewModel(session, text), text);
            case DOCK -> DockView.create(new DockViewModel(session, text), text);
            case INSPECTING -> InspectionView.create(new InspectionViewModel(session, text));
            case REFUSED -> RefusalView.create(new RefusalViewModel(session, text), text);
            case CONDITION -> ConditionView.create(new ConditionViewModel(session, text), text);
            case QUOTE -> QuoteView.create(new QuoteViewModel(session, text, payoutPlace), text);
            case IDENTITY ->
                IdentityView.create(new IdentityViewModel(session, text, new ZxingPdf417FrameDecoder()), text);
            case CONSENT -> ConsentView.create(new ConsentViewModel(session, text), text);
            case ERASING -> EraseView.create(new EraseViewModel(session, text));
            case RECEIPT -> ReceiptView.create(new ReceiptViewModel(session, text, link), text);
            case DEPOSIT -> {
                DepositViewModel deposit = new DepositViewModel(session, text, countdowns.clock());
                countdowns.everySecond(deposit::tick);
                yield DepositView.create(deposit, text);
            }
            case PAYOUT -> PayoutView.create(new PayoutViewModel(session, text, link, payoutPlace), text);
            case HELD -> HeldView.create(new HeldViewModel(session, text));
            case CANCELLING_DEPOSIT, RETURN_PHONE, DONE, GOODBYE, OPERATOR_NEEDED -> NoticeView.create(notices());
        };
    }

    /** One notice view model serves every notice screen; it reads the phase from the snapshot. */
    private NoticeViewModel notices() {
        if (notices == null) {
            notices = new NoticeViewModel(session, text, payoutPlace, finish);
        }
        return notices;
    }
}
