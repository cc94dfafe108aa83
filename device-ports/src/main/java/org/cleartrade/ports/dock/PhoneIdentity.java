package org.cleartrade.ports.dock;

import java.util.Objects;
import java.util.Optional;

/**
 * Who the phone says it is.
 *
 * <p>A text field the phone did not report is the empty string; the session refuses a phone
 * whose serial is empty.
 *
 * @param model the model as the phone reports it: {@code ro.product.model} on Android, the product
 *     type ("iPhone14,5") on an iPhone; the price book knows both
 * @param storageGb marketed capacity rounded to the usual sizes (64, 128, 256 ...), 0 when unreadable
 * @param imei absent when the phone does not reveal it to the dock
 * @param secondImei the second IMEI of a dual-SIM phone, when it reports one
 * @param securityPatch Android's security patch level; the build number on an iPhone
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
        String securityPatch,
        Optional<String> secondImei) {

    public PhoneIdentity {
        Objects.requireNonNull(imei, "imei");
        Objects.requireNonNull(secondImei, "secondImei");
    }

    /** A phone with at most one IMEI. */
    public PhoneIdentity(
            String manufacturer,
            String model,
            String marketName,
            int storageGb,
            String serial,
            Optional<String> imei,
            String osName,
            String osVersion,
            String securityPatch) {
        this(
                manufacturer,
                model,
                marketName,
                storageGb,
                serial,
                imei,
                osName,
                osVersion,
                securityPatch,
                Optional.empty());
    }
}
