/**
 * Erasure certificates and payout vouchers as signed documents: the certificate record and its
 * canonical text ({@link ErasureCertificate}, {@link CertificateText}), the seller's
 * {@link ConsentRecord}, the {@link Voucher}, their signed QR payloads ({@link QrPayloadCodec},
 * Base45 text, Ed25519 signatures) issued by {@link CertificateIssuer} and carried in a
 * {@link VerificationLink}, the kiosk's keys ({@link FileKioskKeyStore}, {@link Ed25519Pem}), and
 * offline verification ({@link PayloadVerifier} against {@link TrustedKeys}, with a
 * {@link RedeemedVoucherFile}, and the {@link VerifyCommand} that reads a photo's QR through the
 * {@link QrPhotoReader} port). {@link QrVersion} sizes a payload's QR code from the standard's
 * capacity table, so no barcode library is used here: ZXing is the codes module's. Signing goes through the {@link PayloadSigner} port, so the
 * session, the operator console and the back office sign without holding a key. It builds on the
 * dock's reports (the erase evidence) and pricing's {@code Money}, and, like all of kiosk-core, on
 * no JavaFX, JDBC, HTTP or serial library; the fleet reuses it to verify vouchers, so a format
 * changes here for both sides at once.
 */
package org.cleartrade.core.certificate;
