package org.cleartrade.deviceio.dock.android;

import static org.assertj.core.api.Assertions.assertThat;

import org.cleartrade.ports.dock.AndroidResetMethod.Encryption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StorageEncryptionTest {

    @ParameterizedTest(name = "state \"{0}\", type \"{1}\" is {2}")
    @CsvSource({
        "encrypted, file, FILE_BASED",
        "encrypted, block, FULL_DISK",
        "encrypted, '', UNKNOWN",
        "unencrypted, '', NONE",
        "unencrypted, file, NONE",
        "unsupported, file, UNKNOWN",
        "'', '', UNKNOWN"
    })
    void readsTheEncryptionTheEraseLineNamesFromTheCryptoProperties(String state, String type, Encryption expected) {
        SystemProperties props =
                SystemProperties.parse("[ro.crypto.state]: [" + state + "]\n[ro.crypto.type]: [" + type + "]\n");

        assertThat(DeviceOwnerEraser.encryption(props)).isEqualTo(expected);
    }
}
