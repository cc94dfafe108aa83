package org.cleartrade.deviceio.printer;

/**
 * The penalty score by which a QR encoder picks its mask (ISO/IEC 18004, 7.8.3), counted as ZXing
 * counts it, so that a symbol comes out module for module as the printers' usual encoder draws it:
 * runs of five or more modules of one colour in a row or column (3, plus 1 a module past five),
 * 2×2 blocks of one colour (3 each), the finder-like 1:1:3:1:1 pattern with four light modules on
 * either side (40 each), and the share of dark modules away from half (10 for each 5%).
 */
final class MaskPenalty {

    private MaskPenalty() {}

    static int of(boolean[][] dark) {
        return runs(dark, true) + runs(dark, false) + blocks(dark) + finderLike(dark) + balance(dark);
    }

    private static int runs(boolean[][] dark, boolean horizontal) {
        int size = dark.length;
        int penalty = 0;
        for (int i = 0; i < size; i++) {
            int run = 0;
            Boolean previous = null;
            for (int j = 0; j < size; j++) {
                boolean module = horizontal ? dark[i][j] : dark[j][i];
                if (previous != null && module == previous) {
                    run++;
                } else {
                    penalty += run >= 5 ? 3 + run - 5 : 0;
                    run = 1;
                    previous = module;
                }
            }
            penalty += run >= 5 ? 3 + run - 5 : 0;
        }
        return penalty;
    }

    private static int blocks(boolean[][] dark) {
        int size = dark.length;
        int count = 0;
        for (int y = 0; y < size - 1; y++) {
            for (int x = 0; x < size - 1; x++) {
                boolean m = dark[y][x];
                if (m == dark[y][x + 1] && m == dark[y + 1][x] && m == dark[y + 1][x + 1]) {
                    count++;
                }
            }
        }
        return 3 * count;
    }

    private static final boolean[] FINDER = {true, false, true, true, true, false, true};

    private static int finderLike(boolean[][] dark) {
        int size = dark.length;
        int count = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (x + 6 < size
                        && matches(dark, x, y, 1, 0)
                        && (light(dark, x - 4, x, y, true) || light(dark, x + 7, x + 11, y, true))) {
                    count++;
                }
                if (y + 6 < size
                        && matches(dark, x, y, 0, 1)
                        && (light(dark, y - 4, y, x, false) || light(dark, y + 7, y + 11, x, false))) {
                    count++;
                }
            }
        }
        return 40 * count;
    }

    private static boolean matches(boolean[][] dark, int x, int y, int dx, int dy) {
        for (int i = 0; i < FINDER.length; i++) {
            if (dark[y + i * dy][x + i * dx] != FINDER[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the modules {@code from} (inclusive) to {@code to} (exclusive) of a row or column are
     * all light; a stretch that leaves the symbol does not count as light (ZXing's reading).
     */
    private static boolean light(boolean[][] dark, int from, int to, int line, boolean row) {
        if (from < 0 || to > dark.length) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (row ? dark[line][i] : dark[i][line]) {
                return false;
            }
        }
        return true;
    }

    private static int balance(boolean[][] dark) {
        int size = dark.length;
        int darkCount = 0;
        for (boolean[] row : dark) {
            for (boolean module : row) {
                darkCount += module ? 1 : 0;
            }
        }
        int total = size * size;
        return 10 * (Math.abs(darkCount * 2 - total) * 10 / total);
    }
}
