package org.cleartrade.ui.shell;

import org.cleartrade.core.session.SessionSnapshot;

/** Which screen shows a snapshot. Pure: a table test covers every phase. */
public final class ScreenRouter {

    private ScreenRouter() {}

    /**
     * @param languageScreenOpen the seller touched the attract screen and is picking a language;
     *     the session starts only once a language is chosen
     */
    public static ScreenId route(SessionSnapshot snapshot, boolean languageScreenOpen) {
        return switch (snapshot.phase()) {
            case ATTRACT -> languageScreenOpen ? ScreenId.LANGUAGE : ScreenId.ATTRACT;
            case CHECKLIST -> ScreenId.CHECKLIST;
            case AWAIT_PHONE -> ScreenId.DOCK;
            case INSPECTING, CHECKING_BLOCK_LIST -> ScreenId.INSPECTING;
            case REFUSED -> ScreenId.REFUSED;
            case CONDITION -> ScreenId.CONDITION;
            case QUOTING, OFFER -> ScreenId.QUOTE;
            case IDENTITY -> ScreenId.IDENTITY;
            case CONSENT -> ScreenId.CONSENT;
            case ERASING, VERIFYING_ERASE, CERTIFYING -> ScreenId.ERASING;
            case PRINTING_CERTIFICATE, CERTIFICATE_ON_SCREEN -> ScreenId.RECEIPT;
            case CHOOSING_BIN, UNLATCHING, DEPOSIT, LOCKING, CONFIRMING_SERIAL -> ScreenId.DEPOSIT;
            case CANCELLING_DEPOSIT -> ScreenId.CANCELLING_DEPOSIT;
            case ISSUING_VOUCHER, PRINTING_VOUCHER, VOUCHER_ON_SCREEN -> ScreenId.PAYOUT;
            case RETURNING_PHONE -> ScreenId.RETURN_PHONE;
            case COMPLETED -> ScreenId.DONE;
            case ENDED -> ScreenId.GOODBYE;
            case OPERATOR_NEEDED -> ScreenId.OPERATOR_NEEDED;
        };
    }
}
