package org.cleartrade.deviceio.dock;

import java.util.Optional;

/**
 * Who the phone says it is.
 *
 * <p>A text field the phone did not report is the empty string; the session refuses a phone
 * whose serial is empty.
 *
 * @param storageGb marketed capacity rounded to the usual sizes (64, 128, 256 ...), 0 when unreadable
 * @param imei absent when the phone does not reveal it to an adb shell
 */
public record PhoneIdentity(
        String manufacturer,
        String model,
        String marketName,
        int storageGb,
        String serial,
        Optional<String> imei,
        String osName,
        String osVersion,
        String securityPatch) {}
