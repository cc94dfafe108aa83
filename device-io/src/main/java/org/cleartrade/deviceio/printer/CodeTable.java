package org.cleartrade.deviceio.printer;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Optional;

/** Single-byte character code tables selected with {@code ESC t n}, with their JDK charsets. */
public enum CodeTable {
    PC437(0, "IBM437"),
    PC850(2, "IBM850"),
    WPC1252(16, "windows-1252"),
    PC866(17, "IBM866"),
    PC858(19, "IBM00858");

    private final int number;
    private final String charsetName;

    CodeTable(int number, String charsetName) {
        this.number = number;
        this.charsetName = charsetName;
    }

    /** The {@code n} of {@code ESC t n}. */
    public int number() {
        return number;
    }

    public Charset charset() {
        return Charset.forName(charsetName);
    }

    public static Optional<CodeTable> byNumber(int n) {
        return Arrays.stream(values()).filter(t -> t.number == n).findFirst();
    }
}
