/**
 * The slips the kiosk hands out, laid out in the seller's language: the erasure certificate with
 * the quote ({@link CertificateReceipt}), the payout voucher ({@link VoucherReceipt}), the return
 * slip ({@link ReturnReceipt}) and the operator's custody manifest
 * ({@link CustodyManifestReceipt}), all in one house layout and worded by {@link ReceiptCopy}.
 * {@link SessionReceipts} implements the session's {@code ReceiptComposer} and
 * {@link PrintedManifests} the console's {@code ManifestPrinter}, so neither machine knows how a
 * receipt looks. Slips are built as the printer port's printer-neutral {@code Receipt} blocks; the
 * printer driver turns them into bytes.
 */
package org.cleartrade.core.receipt;
