/**
 * The cashier's counter, fleet-wide: {@link VoucherDesk} checks a voucher's QR payload and redeems
 * it exactly once, whichever store and instance the cashier reaches, recording every attempt. The
 * payload is read and verified with kiosk-core's {@code core.certificate} types, the same code as
 * the kiosk's {@code verify} command, so the counter and the kiosk agree on what a valid voucher
 * is.
 */
package org.cleartrade.fleet.vouchers;
