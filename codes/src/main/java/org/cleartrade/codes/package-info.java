/**
 * Barcodes with ZXing, behind the ports kiosk-core declares: reading the QR of a certificate or
 * voucher from a photo ({@code qr}, for {@code core.certificate.QrPhotoReader}), decoding the
 * PDF417 of an ID from a camera frame ({@code pdf417}, for {@code core.identity.Pdf417FrameDecoder}),
 * the receipt as a PDF with its QR drawn from ZXing's matrix ({@code pdf}), and the {@code verify}
 * command as a program of its own ({@link org.cleartrade.codes.VerifyProgram}).
 *
 * <p>May depend on kiosk-core (whose ports it implements), device-io's receipt model, ZXing and
 * PDFBox; nothing depends on it but kiosk-ui, the composition root that wires it. kiosk-core itself
 * uses no barcode library (ModuleArrowsTest): the QR version a payload needs is a table there
 * (docs/decisions/0503).
 */
package org.cleartrade.codes;
