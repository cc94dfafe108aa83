package org.cleartrade.ui.speech;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cleartrade.ui.i18n.Language;

/**
 * Rewrites amounts as the screen shows them ("€240.00", "240,00 €", "CN¥1,240.50") into words a
 * speech engine reads the right way round in each language ("240 euros", "240 euros con 50
 * céntimos", "1240元50分"). Left as they are, espeak-ng says "euros two hundred forty point zero
 * zero" in English and "doscientos cuarenta coma cero cero euro" in Spanish, and drops the
 * currency in Chinese.
 */
public final class SpokenMoney {

    /** A currency sign before the amount (English, Chinese) or after it (Spanish). */
    private static final String SIGN = "US\\$|CN¥|CNY|EUR|USD|€|\\$|¥";

    private static final String NUMBER = "\\d[\\d.,\\u00a0\\u202f]*\\d|\\d";
    private static final Pattern MONEY = Pattern.compile(
            "(?<pre>" + SIGN + ")\\s?(?<n1>" + NUMBER + ")|(?<n2>" + NUMBER + ")[\\s\\u00a0]?(?<post>" + SIGN + ")");

    private record Unit(String en, String enCents, String es, String esCents, String zh, String zhCents) {}

    private static final Map<String, Unit> UNITS = Map.of(
            "EUR", new Unit("euros", "cents", "euros", "céntimos", "欧元", "分"),
            "USD", new Unit("dollars", "cents", "dólares", "centavos", "美元", "美分"),
            "CNY", new Unit("yuan", "fen", "yuanes", "fen", "元", "分"));

    private SpokenMoney() {}

    /** {@code text} with every amount in it written out for speech in {@code language}. */
    public static String of(String text, Language language) {
        Matcher m = MONEY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String sign = m.group("pre") != null ? m.group("pre") : m.group("post");
            String number = m.group("n1") != null ? m.group("n1") : m.group("n2");
            m.appendReplacement(out, Matcher.quoteReplacement(spoken(unit(sign, language), number, language)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Unit unit(String sign, Language language) {
        return switch (sign) {
            case "€", "EUR" -> UNITS.get("EUR");
            case "US$", "USD" -> UNITS.get("USD");
            case "CN¥", "CNY" -> UNITS.get("CNY");
            // The bare signs mean the shown language's own dollar or yuan.
            case "$" -> UNITS.get("USD");
            case "¥" -> UNITS.get("CNY");
            default -> throw new IllegalArgumentException("no currency for " + sign + " in " + language);
        };
    }

    private static String spoken(Unit unit, String number, Language language) {
        char decimal = language == Language.SPANISH ? ',' : '.';
        String digits = number.replaceAll("[\\u00a0\\u202f\\s]", "");
        int point = digits.lastIndexOf(decimal);
        String whole = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "" : digits.substring(point + 1);
        whole = whole.replace(".", "").replace(",", "");
        int cents = fraction.isEmpty() ? 0 : Integer.parseInt(fraction);
        return switch (language) {
            case ENGLISH -> whole + " " + unit.en() + (cents == 0 ? "" : " " + cents + " " + unit.enCents());
            case SPANISH -> whole + " " + unit.es() + (cents == 0 ? "" : " con " + cents + " " + unit.esCents());
            case CHINESE -> whole + unit.zh() + (cents == 0 ? "" : cents + unit.zhCents());
        };
    }
}
