package org.cleartrade.core.session;

/**
 * Whether the seat can hand a receipt over on its screen when the printer fails: the signed QR
 * and its plain-words summary stay on screen until the seller has them. With it armed, a printer
 * that cannot print does not stop a trade; without it, the pre-erase gate refuses one.
 */
@FunctionalInterface
public interface OnScreenReceipts {

    /** A seat with a screen that shows receipts (the kiosk, the headless driver's scripted seller). */
    OnScreenReceipts ARMED = () -> true;

    /** A seat that can hand receipts over on paper only. */
    OnScreenReceipts NONE = () -> false;

    boolean armed();
}
