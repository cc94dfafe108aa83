/**
 * The seller's ID as read from its barcode: {@link AamvaParser} parses the PDF417 payload of an
 * AAMVA driver licence or ID card into an {@link AamvaRecord}, and {@link IdFields} maps it to the
 * field names the session and the jurisdiction profiles use (birth date, expiry, document number,
 * names, address, issuer). Finding the barcode in a camera frame is the {@link Pdf417FrameDecoder}
 * port, which the codes module implements with ZXing; nothing here uses a barcode library.
 * Everything here holds personal data: it is never logged, a parse error
 * never repeats the scanned text, and only the fields the jurisdiction names are kept, by the
 * session, not here.
 */
package org.cleartrade.core.identity;
