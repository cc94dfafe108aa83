package org.cleartrade.ports.dock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AndroidResetMethodTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(AndroidResetMethod.Encryption.class)
    void readsBackEveryLineItWrites(AndroidResetMethod.Encryption encryption) {
        for (String version : new String[] {"14", "9", ""}) {
            for (Optional<String> api :
                    java.util.List.of(Optional.of("wipeDevice"), Optional.of("wipeData"), Optional.<String>empty())) {
                String line = AndroidResetMethod.describe(encryption, version, api);

                assertThat(AndroidResetMethod.read(line))
                        .contains(new AndroidResetMethod.Reading(encryption, version, api));
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
    void callsOnlyEncryptedStorageACryptographicErase(AndroidResetMethod.Encryption encryption, String words) {
        String line = AndroidResetMethod.describe(encryption, "13", Optional.of("wipeData"));

        assertThat(line).contains(words).startsWith("Factory reset by DevicePolicyManager.wipeData(0) on Android 13; ");
        if (encryption == AndroidResetMethod.Encryption.NONE || encryption == AndroidResetMethod.Encryption.UNKNOWN) {
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
        assertThat(AndroidResetMethod.read(line)).isEmpty();
    }
}
