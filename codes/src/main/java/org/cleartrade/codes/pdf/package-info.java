/**
 * A receipt as an A4 PDF for e-mail and archives ({@link org.cleartrade.codes.pdf.ReceiptPdf}):
 * the printer's receipt blocks in embedded TrueType fonts (docs/decisions/0201), the QR drawn as
 * vectors from ZXing's symbol. Depends on device-io's receipt model, PDFBox and ZXing.
 *
 * <p>Nothing in the kiosk renders one yet: no screen, command or outbox document sends a PDF. It
 * lives here, beside the QR encoder it needs, so that kiosk-core carries neither ZXing nor PDFBox.
 */
package org.cleartrade.codes.pdf;
