package org.cleartrade.core.identity;

/** The text of a sample AAMVA driver's licence barcode, as a scanner or a camera decode gives it. */
public final class SampleLicences {

    private SampleLicences() {}

    /**
     * A licence with birth date {@code dbb}, expiry {@code dba} and country {@code country}, built
     * like a real one: header, one designator with offset and length, LF elements, CR end.
     */
    public static String licence(String dbb, String dba, String country) {
        String body = "DLDAQD12345678\nDCSSAMPLE\nDACALEX\nDADJ\nDBB" + dbb + "\nDBA" + dba
                + "\nDAG1 MAIN ST\nDAISPRINGFIELD\nDAJIL\nDAK627010000\nDCG" + country + "\r";
        String header = "@\n\u001e\rANSI 636035090001";
        return header + "DL" + String.format("%04d%04d", header.length() + 10, body.length()) + body;
    }
}
