package org.cleartrade.ui.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A made-up AAMVA licence payload for the demo's "scan ID" button, built like the real barcode
 * (header, one subfile designator with its offset and length, LF-separated elements, CR end), so
 * it exercises the same parser and wedge-completion logic as a real scan. Every value is fictional.
 */
public final class DemoIdCard {

    private DemoIdCard() {}

    /** A licence of someone {@code age} years old on {@code today}, valid for four more years. */
    public static String payload(LocalDate today, int age) {
        DateTimeFormatter mdy = DateTimeFormatter.ofPattern("MMddyyyy");
        String body = "DL"
                + "DAQD12345678901\n"
                + "DCSSAMPLE\n"
                + "DACALEX\n"
                + "DADJ\n"
                + "DBB" + today.minusYears(age).minusDays(3).format(mdy) + "\n"
                + "DBA" + today.plusYears(4).format(mdy) + "\n"
                + "DAG123 DEMO STREET\n"
                + "DAISPRINGFIELD\n"
                + "DAJIL\n"
                + "DAK627010000\n"
                + "DCGUSA\r";
        String header = "@\n\u001e\rANSI 636035090001";
        int offset = header.length() + 10;
        return header + "DL" + String.format("%04d%04d", offset, body.length()) + body;
    }
}
