package org.cleartrade.backoffice.pricebook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import org.cleartrade.pricing.book.PriceBook;
import org.cleartrade.pricing.book.PriceBookException;
import org.cleartrade.pricing.book.PriceBookParser;

/** Price books and signed envelopes for feed tests, with a fleet key pair made per test. */
final class Feeds {

    final KeyPair fleet = newKeyPair();
    final FleetKey fleetKey = FleetKey.of(fleet.getPublic());

    static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new AssertionError("JDK without Ed25519", e);
        }
    }

    /** A book of {@code models} models (m0, m1, ...) with two variants each, issued on a day of 2026. */
    static String book(String version, String issuedDay, int models, String... extraLines) {
        List<String> lines = new ArrayList<>(List.of(
                "cleartrade-price-book\t1",
                "version\t" + version,
                "issued\t2026-" + issuedDay + "T00:00:00Z",
                "notice\tDEMO DATA",
                "currencies\tUSD\tEUR"));
        for (int i = 0; i < models; i++) {
            lines.add("model\tm" + i + "\tAcme\tPhone " + i + "\t2024");
            lines.add("sku\tm" + i + "\t128\t" + (100 + i) + ".00\t" + (90 + i) + ".00");
            lines.add("sku\tm" + i + "\t256\t" + (150 + i) + ".00\t" + (140 + i) + ".00");
        }
        lines.addAll(List.of(extraLines));
        return String.join("\n", lines) + "\n";
    }

    static PriceBook parse(String text) {
        try {
            return PriceBookParser.parse("test", text);
        } catch (PriceBookException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    byte[] signed(String book) {
        return SignedPriceBook.seal(book.getBytes(StandardCharsets.UTF_8), fleet.getPrivate());
    }

    String signedText(String book) {
        return new String(signed(book), StandardCharsets.UTF_8);
    }
}
