/**
 * Reading QR codes with ZXing: {@link org.cleartrade.codes.qr.ZxingQrReader} finds the code in a
 * photo, scan or rendered receipt and implements kiosk-core's {@code QrPhotoReader}. Depends on
 * kiosk-core's certificate port, ZXing and the JDK's image I/O.
 */
package org.cleartrade.codes.qr;
