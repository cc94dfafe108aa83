package org.cleartrade.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RefusalReasonTest {

    @Test
    void onlyThePreEraseGatesKioskSideRefusalsBlameTheKiosk() {
        assertThat(Arrays.stream(RefusalReason.values()).filter(RefusalReason::kioskSide))
                .containsExactlyInAnyOrder(
                        RefusalReason.NO_BIN_FREE,
                        RefusalReason.LATCH_UNAVAILABLE,
                        RefusalReason.PRINTER_UNAVAILABLE,
                        RefusalReason.LEDGER_UNAVAILABLE,
                        RefusalReason.ERASE_ROUTE_UNAVAILABLE);
    }

    @Test
    void aKioskSideRefusalIsNothingTheSellerCanFix() {
        assertThat(Arrays.stream(RefusalReason.values()).filter(RefusalReason::kioskSide))
                .noneMatch(RefusalReason::fixable);
    }
}
