package org.cleartrade.ui.screen.consent;

import static org.assertj.core.api.Assertions.assertThat;

import org.cleartrade.ui.testing.MachineSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentTextTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es", "zh-Hans"})
    void anAndroidSellerIsToldTheHelperWillBeInstalledAndRemovedUnlessErased(String language) {
        MachineSession session = MachineSession.illinois().toDock().inspectedAndroid("pixel-8-clean");
        session.apply(new org.cleartrade.core.session.SessionEvent.LanguageChosen(language));

        assertThat(ConsentText.shown(session.current())).contains("ClearTrade erase", "IMEI");
    }

    @Test
    void anEncryptedPhoneIsPromisedACryptographicEraseAndAnUnencryptedOneOnlyClear() {
        String encrypted = ConsentText.shown(MachineSession.illinois()
                .toDock()
                .inspectedAndroid("pixel-8-clean")
                .current());
        String unencrypted = ConsentText.shown(MachineSession.illinois()
                .toDock()
                .inspectedAndroid("nokia-1-unencrypted")
                .current());

        assertThat(encrypted).contains("cryptographic erase", "\"Purge\"");
        assertThat(unencrypted)
                .contains("not encrypted", "\"Clear\"")
                .doesNotContain("cryptographic")
                .doesNotContain("Purge");
    }

    @Test
    void aPhoneWhoseEraseInstallsNothingIsNotToldAboutTheHelper() {
        String text = ConsentText.shown(
                MachineSession.illinois().toDock().inspected("pixel-8-clean").current());

        assertThat(text).doesNotContain("ClearTrade erase");
    }
}
