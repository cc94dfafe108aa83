package org.cleartrade.ui.screen.consent;

import java.util.ArrayList;
import java.util.List;
import org.cleartrade.core.certificate.SanitizationCategory;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ports.dock.Platform;

/**
 * Which consent paragraphs a phone gets, so that the text promises only what the kiosk will do to
 * it: the cryptographic-erase method only for storage inspection proved encrypted (otherwise the
 * "Clear" wording), and the helper paragraph only for an Android phone, whose erase installs the
 * device-owner helper (docs/decisions/0307). The screen and the certificate's consent record read
 * the same keys, in this order.
 */
public final class ConsentWording {

    private ConsentWording() {}

    /** The bundle keys of the consent text for this session's phone, title first. */
    public static List<String> keys(SessionSnapshot snapshot) {
        List<String> keys = new ArrayList<>(List.of(
                "consent.title",
                "consent.scope.heading",
                "consent.scope",
                "consent.method.heading",
                methodKey(snapshot)));
        if (installsHelper(snapshot)) {
            keys.add("consent.helper");
        }
        keys.addAll(List.of("consent.effect.heading", "consent.effect"));
        return keys;
    }

    /** {@code consent.method}, or {@code consent.method.unencrypted} when the reset is no purge. */
    public static String methodKey(SessionSnapshot snapshot) {
        boolean purge = snapshot.phone()
                .inspection()
                .map(r -> SanitizationCategory.ofFactoryReset(r) == SanitizationCategory.PURGE)
                .orElse(true);
        return purge ? "consent.method" : "consent.method.unencrypted";
    }

    /** Whether the erase installs the device-owner helper: an Android phone. */
    public static boolean installsHelper(SessionSnapshot snapshot) {
        return snapshot.phone().dock().platform().orElse(null) == Platform.ANDROID;
    }
}
