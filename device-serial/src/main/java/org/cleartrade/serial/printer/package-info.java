/**
 * The ESC/POS printer's serial transport ({@link org.cleartrade.serial.printer.SerialPrinterTransport}),
 * a {@link org.cleartrade.deviceio.printer.PrinterTransport} over a {@link
 * org.cleartrade.serial.SerialLink}. The printer itself, its TCP and device-file transports live
 * in {@code org.cleartrade.deviceio.printer}.
 */
package org.cleartrade.serial.printer;
