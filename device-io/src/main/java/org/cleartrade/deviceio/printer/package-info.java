/**
 * The ESC/POS receipt printer: the encoder that turns a receipt into printer bytes for the paper
 * width and the printer's abilities ({@link org.cleartrade.deviceio.printer.EscPosWriter}), the
 * printer over TCP or a device file, status by {@code DLE EOT}, and {@link
 * org.cleartrade.deviceio.printer.VirtualPrinter}, an emulator that decodes the same bytes onto a
 * paper image as a printer's firmware would. QR codes are drawn by {@link
 * org.cleartrade.deviceio.printer.QrEncoder} (decision 0005). The serial transport is in
 * device-serial.
 */
package org.cleartrade.deviceio.printer;
