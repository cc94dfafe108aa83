package org.cleartrade.deviceio.printer;

import org.cleartrade.ports.printer.MonoBitmap;
import org.cleartrade.ports.printer.ReceiptBlock;

/**
 * One ESC/POS command as {@link EscPosDecoder} reads it off the wire. Only the commands a receipt
 * needs (and a real printer accepts) have a record; anything else is refused by the decoder.
 */
public sealed interface EscPosCommand {

    /** Printable bytes in the current code page (or GB18030 in Chinese mode). */
    record Text(byte[] bytes) implements EscPosCommand {}

    /** {@code LF}: print the line buffer and feed one line. */
    record LineFeed() implements EscPosCommand {}

    /** {@code ESC @}: clear the buffer and reset every mode. */
    record Initialize() implements EscPosCommand {}

    /** {@code ESC a n}. */
    record Justify(ReceiptBlock.Align align) implements EscPosCommand {}

    /** {@code ESC E n} or {@code ESC G n}. */
    record Emphasis(boolean on) implements EscPosCommand {}

    /** {@code ESC - n}: 0 off, 1 thin, 2 thick. */
    record Underline(int dots) implements EscPosCommand {}

    /** {@code ESC ! n}: font B, emphasis, double height, double width, underline in one byte. */
    record PrintMode(int bits) implements EscPosCommand {}

    /** {@code GS ! n}: width and height multipliers, 1..8 each. */
    record CharacterSize(int width, int height) implements EscPosCommand {}

    /** {@code ESC t n}: the single-byte code table. */
    record CodeTable(int table) implements EscPosCommand {}

    /** {@code FS &} (on) and {@code FS .} (off): two-byte Chinese characters in GB18030. */
    record ChineseMode(boolean on) implements EscPosCommand {}

    /** {@code ESC 2} (default, -1) and {@code ESC 3 n}: line spacing in dots. */
    record LineSpacing(int dots) implements EscPosCommand {}

    /** {@code ESC d n}: print the buffer and feed n lines. */
    record FeedLines(int lines) implements EscPosCommand {}

    /** {@code ESC J n}: print the buffer and feed n dots. */
    record FeedDots(int dots) implements EscPosCommand {}

    /** {@code ESC * m nL nH d…}: a 24-dot-high bit image placed in the line like characters. */
    record BitImage(MonoBitmap bitmap, int scaleX) implements EscPosCommand {}

    /** {@code GS v 0 m xL xH yL yH d…}: a raster bit image, {@code scale} 1 or 2 each way. */
    record RasterImage(MonoBitmap bitmap, int scaleX, int scaleY) implements EscPosCommand {}

    /** {@code GS ( k … 1 A}: QR model; 50 is model 2. */
    record QrModel(int model) implements EscPosCommand {}

    /** {@code GS ( k … 1 C}: module size in dots. */
    record QrModuleSize(int dots) implements EscPosCommand {}

    /** {@code GS ( k … 1 E}: error correction 48 L, 49 M, 50 Q, 51 H. */
    record QrErrorCorrection(int level) implements EscPosCommand {}

    /** {@code GS ( k … 1 P 0}: store the symbol data. */
    record QrStore(byte[] data) implements EscPosCommand {}

    /** {@code GS ( k … 1 Q 0}: print the stored symbol. */
    record QrPrint() implements EscPosCommand {}

    /** {@code GS V m [n]}: feed {@code feedDots} and cut. */
    record Cut(boolean partial, int feedDots) implements EscPosCommand {}

    /** {@code DLE EOT n}: real-time status request, answered at once with one byte. */
    record StatusRequest(int function) implements EscPosCommand {}
}
