/**
 * The payout voucher, issued only once the phone is locked in its bin: {@link PayoutViewModel}
 * shows its QR (as the {@code VerificationLink} makes it) and, when it did not print, keeps the QR
 * and a plain-words summary on screen until the seller says they saved it, since until then they
 * are not paid; {@link PayoutView} only binds. The view model stays off {@code javafx.scene}.
 */
package org.cleartrade.ui.screen.payout;
