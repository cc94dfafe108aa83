/**
 * The receipt printer port ({@link org.cleartrade.ports.printer.ReceiptPrinter}): a {@link
 * org.cleartrade.ports.printer.Receipt} of blocks (text in any script, columns, a QR code, a 1-bit
 * image), and the printer's status.
 *
 * <p>The JDK only ({@code java.awt.image} for {@link org.cleartrade.ports.printer.MonoBitmap});
 * implemented by the ESC/POS printer and the virtual printer of {@code
 * org.cleartrade.deviceio.printer}.
 */
package org.cleartrade.ports.printer;
