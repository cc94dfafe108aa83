package org.cleartrade.deviceio.dock;

import java.util.Optional;

/**
 * Who the phone says it is.
 *
 * @param storageGb marketed capacity rounded to the usual sizes (64, 128, 256 ...)
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
