package org.cleartrade.ui.screen.dock;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Phone makers whose menus differ enough to need their own steps: to USB debugging on the dock
 * screen (the copy is {@code dock.coach.steps.<NAME>}, Android only), and to each maker's account,
 * its "Find My Device" and its backup on the security checklist ({@code <topic>.how.<NAME>} in the
 * checklist bundle). Xiaomi's family needs a second switch, "USB debugging (Security settings)",
 * without which the kiosk cannot install its helper.
 */
public enum BrandFamily {
    PIXEL("google"),
    SAMSUNG("samsung"),
    XIAOMI("xiaomi", "redmi", "poco"),
    OPPO("oppo", "oneplus", "realme"),
    VIVO("vivo", "iqoo"),
    HUAWEI("huawei", "honor"),
    APPLE("apple");

    private final List<String> makers;

    BrandFamily(String... makers) {
        this.makers = List.of(makers);
    }

    /** Whether the family's phones dock through adb and so need USB debugging turned on. */
    public boolean android() {
        return this != APPLE;
    }

    /** The Android families, in the order the dock screen offers them. */
    public static List<BrandFamily> androidFamilies() {
        return Arrays.stream(values()).filter(BrandFamily::android).toList();
    }

    /** The family of a maker as the phone reports it ({@code ro.product.manufacturer}, or Apple). */
    public static Optional<BrandFamily> of(String manufacturer) {
        String maker = manufacturer.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.makers.contains(maker)).findFirst();
    }
}
