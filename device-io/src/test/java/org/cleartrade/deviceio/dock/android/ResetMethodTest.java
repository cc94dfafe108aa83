package org.cleartrade.deviceio.dock.android;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResetMethodTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(ResetMethod.Encryption.class)
    void readsBackEveryLineItWrites(ResetMethod.Encryption encryption) {
        for (String version : new String[] {"14", "9", ""}) {
            for (Optional<String> api :
                    java.util.List.of(Optional.of("wipeDevice"), Optional.of("wipeData"), Optional.<String>empty())) {
                String line = ResetMethod.describe(encryption, version, api);

                assertThat(ResetMethod.read(line)).contains(new ResetMethod.Reading(encryption, version, api));
            }
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "FILE_BASED | cryptographic erase",
                "FULL_DISK  | cryptographic erase",
                "NONE       | reformatted",
                "UNKNOWN    | reformatted"
            })
    void callsOnlyEncryptedStorageACryptographicErase(ResetMethod.Encryption encryption, String words) {
        String line = ResetMethod.describe(encryption, "13", Optional.of("wipeData"));

        assertThat(line).contains(words).startsWith("Factory reset by DevicePolicyManager.wipeData(0) on Android 13; ");
        if (encryption == ResetMethod.Encryption.NONE || encryption == ResetMethod.Encryption.UNKNOWN) {
            assertThat(line).doesNotContain("cryptographic");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Factory reset",
                "Factory reset (cryptographic erase of file-based-encrypted storage)",
                "Factory reset by DevicePolicyManager.wipeDevice(0) on Android 14; something else"
            })
    void readsNothingFromOtherLines(String line) {
        assertThat(ResetMethod.read(line)).isEmpty();
    }
}
