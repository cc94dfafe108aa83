package org.cleartrade.deviceio.dock.ios;

import java.util.Map;
import java.util.Optional;

/**
 * iPhone product types ({@code ProductType}, for example "iPhone14,5") and the marketing names
 * the price book uses for them. The price book identifies a phone by its product type; this table
 * only gives the name a seller recognises on screens and receipts, and a test keeps the two in
 * step. Product types from Apple's own identifiers as reported by lockdownd (and listed by
 * pymobiledevice3 and The Apple Wiki); a product type missing here is shown as it is.
 */
public final class AppleModels {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("iPhone10,1", "iPhone 8"),
            Map.entry("iPhone10,4", "iPhone 8"),
            Map.entry("iPhone10,2", "iPhone 8 Plus"),
            Map.entry("iPhone10,5", "iPhone 8 Plus"),
            Map.entry("iPhone10,3", "iPhone X"),
            Map.entry("iPhone10,6", "iPhone X"),
            Map.entry("iPhone11,2", "iPhone XS"),
            Map.entry("iPhone11,4", "iPhone XS Max"),
            Map.entry("iPhone11,6", "iPhone XS Max"),
            Map.entry("iPhone11,8", "iPhone XR"),
            Map.entry("iPhone12,1", "iPhone 11"),
            Map.entry("iPhone12,3", "iPhone 11 Pro"),
            Map.entry("iPhone12,5", "iPhone 11 Pro Max"),
            Map.entry("iPhone12,8", "iPhone SE (2nd generation)"),
            Map.entry("iPhone13,1", "iPhone 12 mini"),
            Map.entry("iPhone13,2", "iPhone 12"),
            Map.entry("iPhone13,3", "iPhone 12 Pro"),
            Map.entry("iPhone13,4", "iPhone 12 Pro Max"),
            Map.entry("iPhone14,4", "iPhone 13 mini"),
            Map.entry("iPhone14,5", "iPhone 13"),
            Map.entry("iPhone14,2", "iPhone 13 Pro"),
            Map.entry("iPhone14,3", "iPhone 13 Pro Max"),
            Map.entry("iPhone14,6", "iPhone SE (3rd generation)"),
            Map.entry("iPhone14,7", "iPhone 14"),
            Map.entry("iPhone14,8", "iPhone 14 Plus"),
            Map.entry("iPhone15,2", "iPhone 14 Pro"),
            Map.entry("iPhone15,3", "iPhone 14 Pro Max"),
            Map.entry("iPhone15,4", "iPhone 15"),
            Map.entry("iPhone15,5", "iPhone 15 Plus"),
            Map.entry("iPhone16,1", "iPhone 15 Pro"),
            Map.entry("iPhone16,2", "iPhone 15 Pro Max"),
            Map.entry("iPhone17,3", "iPhone 16"),
            Map.entry("iPhone17,4", "iPhone 16 Plus"),
            Map.entry("iPhone17,1", "iPhone 16 Pro"),
            Map.entry("iPhone17,2", "iPhone 16 Pro Max"),
            Map.entry("iPhone17,5", "iPhone 16e"));

    private AppleModels() {}

    /** The marketing name of a product type, if this table knows it. */
    public static Optional<String> marketingName(String productType) {
        return Optional.ofNullable(NAMES.get(productType));
    }

    /** Every product type the table knows, with its name. */
    public static Map<String, String> all() {
        return NAMES;
    }
}
