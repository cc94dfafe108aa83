package org.cleartrade.core.export;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 table. Cells that a spreadsheet would run as a formula (starting with {@code = + -
 * @}, tab or carriage return) are prefixed with an apostrophe, because exported text such as a
 * phone model or an operator's note is untrusted.
 */
final class CsvTable {
    private final List<String> lines = new ArrayList<>();

    CsvTable(String... header) {
        row((Object[]) header);
    }

    CsvTable row(Object... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(String.valueOf(cells[i])));
        }
        lines.add(line.toString());
        return this;
    }

    String text() {
        return String.join("\r\n", lines) + "\r\n";
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
