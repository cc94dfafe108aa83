/**
 * Decoding the PDF417 on the back of an ID with ZXing: {@link
 * org.cleartrade.codes.pdf417.ZxingPdf417FrameDecoder} implements kiosk-core's {@code
 * Pdf417FrameDecoder} on packed ARGB camera frames. Depends on kiosk-core's identity port and ZXing
 * only; kiosk-core's {@code AamvaParser} reads the text it returns.
 */
package org.cleartrade.codes.pdf417;
