package org.cleartrade.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ScreenRouterTest {

    private static SessionSnapshot at(Phase phase) {
        SessionSnapshot s = SessionSnapshot.start("s", "US-IL", "en", java.time.Instant.EPOCH);
        return new SessionSnapshot(
                s.sessionId(),
                1,
                phase,
                1,
                s.phaseSince(),
                s.deadline(),
                s.jurisdiction(),
                s.language(),
                s.phone(),
                s.offer(),
                s.trade(),
                s.refusal(),
                s.fault(),
                s.alerts(),
                s.outcome());
    }

    @ParameterizedTest
    @CsvSource({
        "ATTRACT, ATTRACT",
        "CHECKLIST, CHECKLIST",
        "AWAIT_PHONE, DOCK",
        "INSPECTING, INSPECTING",
        "CHECKING_BLOCK_LIST, INSPECTING",
        "REFUSED, REFUSED",
        "CONDITION, CONDITION",
        "QUOTING, QUOTE",
        "OFFER, QUOTE",
        "IDENTITY, IDENTITY",
        "CONSENT, CONSENT",
        "ERASING, ERASING",
        "VERIFYING_ERASE, ERASING",
        "CERTIFYING, ERASING",
        "PRINTING_CERTIFICATE, RECEIPT",
        "CERTIFICATE_ON_SCREEN, RECEIPT",
        "CHOOSING_BIN, DEPOSIT",
        "UNLATCHING, DEPOSIT",
        "DEPOSIT, DEPOSIT",
        "LOCKING, DEPOSIT",
        "CONFIRMING_SERIAL, DEPOSIT",
        "ISSUING_VOUCHER, PAYOUT",
        "PRINTING_VOUCHER, PAYOUT",
        "VOUCHER_ON_SCREEN, PAYOUT",
        "CANCELLING_DEPOSIT, CANCELLING_DEPOSIT",
        "RETURNING_PHONE, RETURN_PHONE",
        "COMPLETED, DONE",
        "ENDED, GOODBYE",
        "OPERATOR_NEEDED, OPERATOR_NEEDED"
    })
    void showsEachPhaseOnItsScreen(Phase phase, ScreenId screen) {
        assertThat(ScreenRouter.route(at(phase), false)).isEqualTo(screen);
    }

    @ParameterizedTest
    @EnumSource(Phase.class)
    void everyPhaseHasAScreen(Phase phase) {
        assertThat(ScreenRouter.route(at(phase), false)).isNotNull();
    }

    @Test
    void theLanguageScreenOnlyOpensOverAttract() {
        assertThat(ScreenRouter.route(at(Phase.ATTRACT), true)).isEqualTo(ScreenId.LANGUAGE);
        assertThat(ScreenRouter.route(at(Phase.CHECKLIST), true)).isEqualTo(ScreenId.CHECKLIST);
    }
}
