package org.cleartrade.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JurisdictionProfilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"US-IL", "US-CA", "CN", "EU"})
    void loadsEveryBundledProfile(String id) {
        JurisdictionProfile profile = JurisdictionProfiles.bundled(id);

        assertThat(profile.id()).isEqualTo(id);
        assertThat(profile.languages()).isNotEmpty();
    }

    @Test
    void keepsNoPersonalDataInTheEu() {
        JurisdictionProfile eu = JurisdictionProfiles.bundled("EU");

        assertThat(eu.identityRequired()).isFalse();
        assertThat(eu.keptIdFields()).isEmpty();
        assertThat(eu.blockListOutage()).isEqualTo(JurisdictionProfile.BlockListOutage.ACCEPT_AND_FLAG);
    }

    @Test
    void holdsPhonesThirtyDaysInCaliforniaAndKeepsIdThreeYears() {
        JurisdictionProfile ca = JurisdictionProfiles.bundled("US-CA");

        assertThat(ca.holdDays()).isEqualTo(30);
        assertThat(ca.personalDataRetention()).isEqualTo(Duration.ofDays(1095));
        assertThat(ca.currency()).isEqualTo("USD");
    }

    @ParameterizedTest(name = "{0}={1} is refused naming the key")
    @CsvSource({
        "currency,                     usd",
        "hold.days,                    -1",
        "hold.days,                    ten",
        "identity.required,            yes",
        "identity.minimum-age,         200",
        "personal-data.retention-days, 0",
        "block-list.outage,            IGNORE",
        "storage.unencrypted,          ERASE",
        "languages,                    ''",
    })
    void refusesABadValueNamingItsKey(String key, String value) {
        Properties p = valid();
        p.setProperty(key, value);

        assertThatThrownBy(() -> JurisdictionProfiles.parse("XX", p))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jurisdiction XX: key " + key);
    }

    @Test
    void refusesAnUnknownKey() {
        Properties p = valid();
        p.setProperty("hold.dayz", "3");

        assertThatThrownBy(() -> JurisdictionProfiles.parse("XX", p)).hasMessageContaining("key hold.dayz");
    }

    @Test
    void refusesAMissingKey() {
        Properties p = valid();
        p.remove("currency");

        assertThatThrownBy(() -> JurisdictionProfiles.parse("XX", p)).hasMessageContaining("key currency is missing");
    }

    private static Properties valid() {
        Properties p = new Properties();
        p.setProperty("currency", "USD");
        p.setProperty("languages", "en,es");
        p.setProperty("hold.days", "10");
        p.setProperty("identity.required", "true");
        p.setProperty("identity.minimum-age", "18");
        p.setProperty("identity.kept-fields", "familyName,birthDate");
        p.setProperty("personal-data.retention-days", "1095");
        p.setProperty("block-list.outage", "REFUSE");
        p.setProperty("storage.unencrypted", "ERASE_AT_CLEAR");
        return p;
    }
}
