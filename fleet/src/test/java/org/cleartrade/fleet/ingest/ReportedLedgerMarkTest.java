package org.cleartrade.fleet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportedLedgerMarkTest {

    private static final String ID = "3f1c2a94-7b1e-4c55-9d0e-5a7f0c2b8e61";
    private static final ReportedLedgerMark BEFORE = new ReportedLedgerMark(ID, 100, 40, "a".repeat(64));

    @ParameterizedTest(name = "{0}: went back = {5}")
    @CsvSource({
        "the same mark, " + ID + ", 100, 40, a, false",
        "grown, " + ID + ", 120, 45, b, false",
        "more journal entries only, " + ID + ", 101, 40, a, false",
        "fewer journal entries, " + ID + ", 99, 40, a, true",
        "fewer audit links, " + ID + ", 100, 39, a, true",
        "a restored older copy, " + ID + ", 60, 20, c, true",
        "a forked audit chain, " + ID + ", 100, 40, d, true",
        "another ledger, 11111111-2222-3333-4444-555555555555, 500, 300, a, true",
    })
    void aMarkWentBackWhenItHasLessThanBeforeForksOrNamesAnotherLedger(
            String what, String ledgerId, long journal, long links, String head, boolean wentBack) {
        ReportedLedgerMark now = new ReportedLedgerMark(ledgerId, journal, links, head.repeat(64));

        assertThat(now.wentBackFrom(BEFORE).isPresent()).as(what).isEqualTo(wentBack);
    }
}
