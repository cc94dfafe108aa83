package org.cleartrade.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IdFieldsTest {

    @Test
    void mapsAUsLicenceToTheSessionFieldNamesWithIsoDates() {
        Map<String, String> f = IdFields.of(AamvaParser.parse(SampleLicences.licence("07041990", "07042030", "USA")));

        assertThat(f)
                .containsEntry(IdFields.BIRTH_DATE, "1990-07-04")
                .containsEntry(IdFields.EXPIRY, "2030-07-04")
                .containsEntry(IdFields.DOCUMENT_NUMBER, "D12345678")
                .containsEntry(IdFields.FAMILY_NAME, "SAMPLE")
                .containsEntry(IdFields.GIVEN_NAMES, "ALEX J")
                .containsEntry(IdFields.ADDRESS, "1 MAIN ST, SPRINGFIELD, IL, 627010000")
                .containsEntry(IdFields.ISSUER, "636035");
    }

    @Test
    void readsCanadianDatesYearFirst() {
        Map<String, String> f = IdFields.of(AamvaParser.parse(SampleLicences.licence("19900704", "20300704", "CAN")));

        assertThat(f).containsEntry(IdFields.BIRTH_DATE, "1990-07-04");
    }

    @Test
    void leavesOutADateThatIsNotADate() {
        Map<String, String> f = IdFields.of(AamvaParser.parse(SampleLicences.licence("99999999", "2030", "USA")));

        assertThat(f).doesNotContainKeys(IdFields.BIRTH_DATE, IdFields.EXPIRY);
    }
}
