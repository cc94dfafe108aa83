package org.cleartrade.ui.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.cleartrade.core.readiness.DeviceProblem;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.i18n.OfferedLanguages;
import org.cleartrade.ui.i18n.UiText;
import org.junit.jupiter.api.Test;

/** A device problem found at start reads in the operator's language, with no English left over. */
class DeviceRowTest {

    private final UiText spanish =
            new UiText(Language.SPANISH, OperatorFixture.ZONE, new OfferedLanguages(List.of("en", "es", "zh-Hans")));

    @Test
    void aStatusTheKioskReadIsWordedByItsTitleAlone() {
        DeviceRow row = DeviceRow.of(
                new DeviceProblem(DeviceProblem.Kind.BIN_JAMMED, OptionalInt.of(2), "bin 2 reports a jammed latch"),
                false,
                spanish);

        assertThat(row.title()).isEqualTo("El cierre del compartimento 2 está atascado");
        assertThat(row.detail()).isEmpty();
    }

    @Test
    void whatAFailingDriverSaidIsQuotedUnderAWordedLead() {
        DeviceRow row = DeviceRow.of(
                new DeviceProblem(
                        DeviceProblem.Kind.LATCH_NOT_ANSWERING, OptionalInt.empty(), "port /dev/ttyUSB0 did not open"),
                false,
                spanish);

        assertThat(row.detail()).isEqualTo("El quiosco registró: «port /dev/ttyUSB0 did not open»");
    }
}
