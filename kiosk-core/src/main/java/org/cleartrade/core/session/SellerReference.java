package org.cleartrade.core.session;

import java.util.Locale;

/**
 * The short reference a seller is shown when staff must help, and by which staff find the
 * session's alert: the last eight characters of the session id, upper case.
 */
public final class SellerReference {

    private SellerReference() {}

    public static String of(String sessionId) {
        String compact = sessionId.replace("-", "").toUpperCase(Locale.ROOT);
        return compact.length() <= 8 ? compact : compact.substring(compact.length() - 8);
    }
}
