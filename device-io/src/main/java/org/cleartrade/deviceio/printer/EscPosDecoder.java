package org.cleartrade.deviceio.printer;

import java.util.Arrays;
import org.cleartrade.ports.printer.MonoBitmap;
import org.cleartrade.ports.printer.ReceiptBlock;

/**
 * Reads an ESC/POS byte stream incrementally, the way a printer's receive buffer does: feed any
 * slice of bytes, get zero or more {@link EscPosCommand}s. Commands may be split across feeds.
 *
 * <pre>
 *   text       0x20..0xFF …                  (GB18030 pairs/quads in Chinese mode are text too)
 *   LF         0A
 *   ESC x n    1B 40 | 1B 61 n | 1B 45 n | 1B 47 n | 1B 2D n | 1B 21 n | 1B 74 n
 *              1B 32 | 1B 33 n | 1B 64 n | 1B 4A n
 *              1B 2A m nL nH d1…d(3n)   (m 32 or 33: 24-dot columns, 3 bytes each, top bit first)
 *   FS         1C 26 | 1C 2E
 *   GS         1D 21 n | 1D 56 m [n] | 1D 76 30 m xL xH yL yH d1…d(x·y)
 *              1D 28 6B pL pH 31 fn … (QR: fn 41 model, 43 size, 45 ECC, 50 store, 51 print)
 *   DLE EOT n  10 04 n   (n 1..4, answered in real time)
 * </pre>
 *
 * <p>Anything else is refused: the sink gets an {@link EscPosProtocolException} naming the
 * command and its offset, and the decoder discards bytes until the next {@code ESC @}, still
 * answering {@code DLE EOT} in the meantime — the way a printer resynchronises after garbage.
 * {@link #finish()} reports a stream that ended inside a command. Not thread-safe.
 */
public final class EscPosDecoder {

    /** The largest single command: a raster image of 128 bytes × 4095 rows with its header. */
    public static final int MAX_COMMAND_BYTES = 8 + 128 * 4095;

    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;
    private static final int FS = 0x1C;
    private static final int DLE = 0x10;

    /** Receives decoded commands and refusals, in stream order. */
    public interface Sink {
        void command(EscPosCommand command);

        void refused(EscPosProtocolException error);
    }

    private final Sink sink;
    private byte[] pending = new byte[1024];
    private int size;
    private long offset;
    private boolean discarding;

    public EscPosDecoder(Sink sink) {
        this.sink = sink;
    }

    /** Whether bytes are being discarded after a refusal, until the next {@code ESC @}. */
    public boolean discarding() {
        return discarding;
    }

    public void feed(byte[] bytes) {
        feed(bytes, 0, bytes.length);
    }

    public void feed(byte[] bytes, int off, int len) {
        append(bytes, off, len);
        int pos = 0;
        while (pos < size) {
            int used = discarding ? skipGarbage(pos) : decodeOne(pos);
            if (used == 0) {
                break;
            }
            pos += used;
        }
        consume(pos);
    }

    /**
     * Ends the stream. Returns normally when it ended between commands; otherwise reports the
     * truncated command to the sink and resets.
     */
    public void finish() {
        if (size > 0 && !discarding) {
            sink.refused(new EscPosProtocolException(
                    "stream ended inside " + describe(0) + " (" + size + " bytes of an incomplete command)", offset));
        }
        consume(size);
        discarding = false;
    }

    private void append(byte[] bytes, int off, int len) {
        if (size + len > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(size + len, pending.length * 2));
        }
        System.arraycopy(bytes, off, pending, size, len);
        size += len;
    }

    private void consume(int count) {
        System.arraycopy(pending, count, pending, 0, size - count);
        size -= count;
        offset += count;
        if (size == 0 && pending.length > 64 * 1024) {
            pending = new byte[1024];
        }
    }

    private int at(int i) {
        return pending[i] & 0xFF;
    }

    private int skipGarbage(int pos) {
        if (at(pos) == DLE || at(pos) == ESC) {
            if (pos + 2 > size || (at(pos) == DLE && pos + 3 > size)) {
                return 0;
            }
            if (at(pos) == ESC && at(pos + 1) == '@') {
                discarding = false;
                sink.command(new EscPosCommand.Initialize());
                return 2;
            }
            if (at(pos) == DLE && at(pos + 1) == 0x04 && at(pos + 2) >= 1 && at(pos + 2) <= 4) {
                sink.command(new EscPosCommand.StatusRequest(at(pos + 2)));
                return 3;
            }
        }
        return 1;
    }

    private int decodeOne(int pos) {
        try {
            int b = at(pos);
            return switch (b) {
                case ESC -> new EscSequence(pos).decode();
                case GS -> new GsSequence(pos).decode();
                case FS -> decodeFs(pos);
                case DLE -> decodeDle(pos);
                case 0x0A -> emit(new EscPosCommand.LineFeed(), 1);
                case 0x0D, 0x00 -> 1;
                default -> b >= 0x20 ? decodeText(pos) : refuse(String.format("control byte 0x%02X", b), pos);
            };
        } catch (EscPosProtocolException e) {
            sink.refused(e);
            discarding = true;
            return 1;
        }
    }

    private int decodeText(int pos) {
        int end = pos;
        while (end < size && at(end) >= 0x20 && at(end) != 0x7F) {
            end++;
        }
        if (end == pos) {
            return refuse("control byte 0x7F", pos);
        }
        sink.command(new EscPosCommand.Text(Arrays.copyOfRange(pending, pos, end)));
        return end - pos;
    }

    private int decodeFs(int pos) {
        if (pos + 2 > size) {
            return 0;
        }
        return switch (at(pos + 1)) {
            case '&' -> emit(new EscPosCommand.ChineseMode(true), 2);
            case '.' -> emit(new EscPosCommand.ChineseMode(false), 2);
            default -> refuse(String.format("unsupported command FS 0x%02X", at(pos + 1)), pos);
        };
    }

    private int decodeDle(int pos) {
        if (pos + 3 > size) {
            return 0;
        }
        if (at(pos + 1) != 0x04) {
            return refuse(String.format("unsupported real-time command DLE 0x%02X", at(pos + 1)), pos);
        }
        int n = at(pos + 2);
        if (n < 1 || n > 4) {
            return refuse("DLE EOT with status function " + n + " (expected 1..4)", pos);
        }
        return emit(new EscPosCommand.StatusRequest(n), 3);
    }

    private int emit(EscPosCommand command, int length) {
        sink.command(command);
        return length;
    }

    private int refuse(String what, int pos) {
        throw new EscPosProtocolException("refused " + what, offset + pos);
    }

    private String describe(int pos) {
        int b = at(pos);
        String prefix = switch (b) {
            case ESC -> "ESC";
            case GS -> "GS";
            case FS -> "FS";
            case DLE -> "DLE";
            default -> String.format("0x%02X", b);
        };
        return pos + 1 < size ? prefix + String.format(" 0x%02X", at(pos + 1)) : prefix;
    }

    /** {@code ESC x [n]}. */
    private final class EscSequence {
        private final int pos;

        EscSequence(int pos) {
            this.pos = pos;
        }

        int decode() {
            if (pos + 2 > size) {
                return 0;
            }
            int cmd = at(pos + 1);
            switch (cmd) {
                case '@':
                    return emit(new EscPosCommand.Initialize(), 2);
                case '2':
                    return emit(new EscPosCommand.LineSpacing(-1), 2);
                case '*':
                    return bitImage();
                default:
                    break;
            }
            if (pos + 3 > size) {
                return needsArgument(cmd) ? 0 : refuse(String.format("unknown command ESC 0x%02X", cmd), pos);
            }
            int n = at(pos + 2);
            EscPosCommand command = switch (cmd) {
                case 'a' -> new EscPosCommand.Justify(align(n));
                case 'E', 'G' -> new EscPosCommand.Emphasis((n & 1) == 1);
                case '-' -> new EscPosCommand.Underline(underline(n));
                case '!' -> new EscPosCommand.PrintMode(n);
                case 't' -> new EscPosCommand.CodeTable(codeTable(n));
                case '3' -> new EscPosCommand.LineSpacing(n);
                case 'd' -> new EscPosCommand.FeedLines(n);
                case 'J' -> new EscPosCommand.FeedDots(n);
                default ->
                    throw new EscPosProtocolException(
                            String.format("refused unknown command ESC 0x%02X", cmd), offset + pos);
            };
            return emit(command, 3);
        }

        private int bitImage() {
            if (pos + 5 > size) {
                return 0;
            }
            int m = at(pos + 2);
            int columns = at(pos + 3) | at(pos + 4) << 8;
            if (m != 32 && m != 33) {
                return refuse("ESC * mode " + m + " (only the 24-dot modes 32 and 33)", pos);
            }
            if (columns < 1 || columns > 1024) {
                return refuse("ESC * of " + columns + " columns (limits 1..1024)", pos);
            }
            int total = 5 + 3 * columns;
            if (pos + total > size) {
                return 0;
            }
            int rowBytes = MonoBitmap.rowBytes(columns);
            byte[] rows = new byte[rowBytes * 24];
            for (int x = 0; x < columns; x++) {
                for (int y = 0; y < 24; y++) {
                    if ((at(pos + 5 + 3 * x + y / 8) & (0x80 >>> (y % 8))) != 0) {
                        rows[y * rowBytes + x / 8] |= (byte) (0x80 >>> (x % 8));
                    }
                }
            }
            return emit(new EscPosCommand.BitImage(new MonoBitmap(columns, 24, rows), m == 32 ? 2 : 1), total);
        }

        private boolean needsArgument(int cmd) {
            return "aEG-!t3dJ".indexOf(cmd) >= 0;
        }

        private ReceiptBlock.Align align(int n) {
            return switch (n) {
                case 0, 48 -> ReceiptBlock.Align.LEFT;
                case 1, 49 -> ReceiptBlock.Align.CENTER;
                case 2, 50 -> ReceiptBlock.Align.RIGHT;
                default -> throw new EscPosProtocolException("refused ESC a with justification " + n, offset + pos);
            };
        }

        private int underline(int n) {
            return switch (n) {
                case 0, 48 -> 0;
                case 1, 49 -> 1;
                case 2, 50 -> 2;
                default -> throw new EscPosProtocolException("refused ESC - with underline mode " + n, offset + pos);
            };
        }

        private int codeTable(int n) {
            if (CodeTable.byNumber(n).isEmpty()) {
                throw new EscPosProtocolException("refused ESC t with unknown code table " + n, offset + pos);
            }
            return n;
        }
    }

    /** {@code GS x …}: sizes, cut, raster images and QR codes. */
    private final class GsSequence {
        private final int pos;

        GsSequence(int pos) {
            this.pos = pos;
        }

        int decode() {
            if (pos + 2 > size) {
                return 0;
            }
            int cmd = at(pos + 1);
            return switch (cmd) {
                case '!' -> characterSize();
                case 'V' -> cut();
                case 'v' -> raster();
                case '(' -> function();
                default -> refuse(String.format("unknown command GS 0x%02X", cmd), pos);
            };
        }

        private int characterSize() {
            if (pos + 3 > size) {
                return 0;
            }
            int n = at(pos + 2);
            if ((n & 0x88) != 0) {
                return refuse(String.format("GS ! with size byte 0x%02X (width and height must be 1..8)", n), pos);
            }
            return emit(new EscPosCommand.CharacterSize((n >> 4) + 1, (n & 7) + 1), 3);
        }

        private int cut() {
            if (pos + 3 > size) {
                return 0;
            }
            int m = at(pos + 2);
            return switch (m) {
                case 0, 48 -> emit(new EscPosCommand.Cut(false, 0), 3);
                case 1, 49 -> emit(new EscPosCommand.Cut(true, 0), 3);
                case 65, 66 -> pos + 4 > size ? 0 : emit(new EscPosCommand.Cut(m == 66, at(pos + 3)), 4);
                default -> refuse("GS V with cut mode " + m, pos);
            };
        }

        private int raster() {
            if (pos + 8 > size) {
                return 0;
            }
            int m = at(pos + 3);
            if (at(pos + 2) != '0' || !(m <= 3 || (m >= 48 && m <= 51))) {
                return refuse(String.format("GS v 0x%02X mode %d (expected GS v 0 with m 0..3)", at(pos + 2), m), pos);
            }
            int x = at(pos + 4) | at(pos + 5) << 8;
            int y = at(pos + 6) | at(pos + 7) << 8;
            if (x < 1 || x > 128 || y < 1 || y > 4095) {
                return refuse("GS v 0 of " + x + " bytes × " + y + " rows (limits 1..128 × 1..4095)", pos);
            }
            int total = 8 + x * y;
            if (pos + total > size) {
                return 0;
            }
            byte[] data = Arrays.copyOfRange(pending, pos + 8, pos + total);
            int mode = m & 3;
            int scaleX = (mode & 1) == 1 ? 2 : 1;
            int scaleY = (mode & 2) == 2 ? 2 : 1;
            return emit(new EscPosCommand.RasterImage(new MonoBitmap(x * 8, y, data), scaleX, scaleY), total);
        }

        private int function() {
            if (pos + 5 > size) {
                return 0;
            }
            if (at(pos + 2) != 'k') {
                return refuse(String.format("unsupported function GS ( 0x%02X", at(pos + 2)), pos);
            }
            int length = at(pos + 3) | at(pos + 4) << 8;
            if (length < 3) {
                return refuse("GS ( k with parameter length " + length, pos);
            }
            int total = 5 + length;
            if (pos + total > size) {
                return 0;
            }
            if (at(pos + 5) != 49) {
                return refuse("GS ( k for symbol type " + at(pos + 5) + " (only QR, cn 49)", pos);
            }
            return emit(qr(at(pos + 6), length), total);
        }

        private EscPosCommand qr(int fn, int length) {
            int p = pos + 7;
            return switch (fn) {
                case 65 -> {
                    expect(length == 4 && at(p + 1) == 0, "QR model needs 2 parameters (n1, 0)");
                    expect(at(p) >= 49 && at(p) <= 51, "QR model " + at(p) + " (49 model 1, 50 model 2, 51 micro)");
                    yield new EscPosCommand.QrModel(at(p));
                }
                case 67 -> {
                    expect(length == 3 && at(p) >= 1 && at(p) <= 16, "QR module size must be 1..16 dots");
                    yield new EscPosCommand.QrModuleSize(at(p));
                }
                case 69 -> {
                    expect(length == 3 && at(p) >= 48 && at(p) <= 51, "QR error correction must be 48..51");
                    yield new EscPosCommand.QrErrorCorrection(at(p));
                }
                case 80 -> {
                    expect(length >= 4 && length - 3 <= 7089 && at(p) == 48, "QR store needs m 48 and 1..7089 bytes");
                    yield new EscPosCommand.QrStore(Arrays.copyOfRange(pending, p + 1, pos + 5 + length));
                }
                case 81 -> {
                    expect(length == 3 && at(p) == 48, "QR print needs m 48");
                    yield new EscPosCommand.QrPrint();
                }
                default -> throw new EscPosProtocolException("refused QR function " + fn, offset + pos);
            };
        }

        private void expect(boolean condition, String what) {
            if (!condition) {
                throw new EscPosProtocolException("refused ill-formed GS ( k: " + what, offset + pos);
            }
        }
    }
}
