package org.cleartrade.ui.screen.dock;

/**
 * Phone makers whose menus to USB debugging differ enough to need their own steps (the copy is
 * {@code dock.coach.steps.<NAME>}). Xiaomi's family needs a second switch, "USB debugging
 * (Security settings)", without which the kiosk cannot install its helper.
 */
public enum BrandFamily {
    PIXEL,
    SAMSUNG,
    XIAOMI,
    OPPO,
    VIVO,
    HUAWEI
}
