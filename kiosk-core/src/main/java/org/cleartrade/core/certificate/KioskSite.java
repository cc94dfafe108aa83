package org.cleartrade.core.certificate;

import java.util.Objects;

/**
 * Where an erasure happened: the kiosk that performed it and the place it stands.
 *
 * @param kioskId the fleet's name for the kiosk, 1 to {@value #MAX_KIOSK_ID_LENGTH} characters of
 *     {@code A-Z a-z 0-9 . _ -}; it travels in every QR payload, so it is short
 * @param location a human description of the place, for example "Mall of Example, level 2, Shenzhen"
 */
public record KioskSite(String kioskId, String location) {

    public static final int MAX_KIOSK_ID_LENGTH = 16;

    public KioskSite {
        requireKioskId(kioskId);
        Objects.requireNonNull(location, "location");
        if (location.isBlank()) {
            throw new IllegalArgumentException("location must not be blank");
        }
    }

    static String requireKioskId(String kioskId) {
        Objects.requireNonNull(kioskId, "kioskId");
        if (!kioskId.matches("[A-Za-z0-9._-]{1," + MAX_KIOSK_ID_LENGTH + "}")) {
            throw new IllegalArgumentException("kiosk id must be 1 to " + MAX_KIOSK_ID_LENGTH
                    + " characters of A-Z a-z 0-9 . _ -, was '" + kioskId + "'");
        }
        return kioskId;
    }
}
