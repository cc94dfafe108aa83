package org.cleartrade.ui.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages a seller can pick on every screen, each named in itself. */
public enum Language {
    ENGLISH(Locale.ENGLISH, "en", "English"),
    CHINESE(Locale.SIMPLIFIED_CHINESE, "zh-CN", "简体中文"),
    SPANISH(Locale.forLanguageTag("es"), "es", "Español");

    private final Locale locale;
    private final String tag;
    private final String nativeName;

    Language(Locale locale, String tag, String nativeName) {
        this.locale = locale;
        this.tag = tag;
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** BCP 47 tag as written in configuration and file names. */
    public String tag() {
        return tag;
    }

    /** The language's name in that language, as shown on its button. */
    public String nativeName() {
        return nativeName;
    }

    /**
     * The language of a BCP 47 tag, by its primary subtag: {@code zh-Hans}, {@code zh-CN} and
     * {@code zh} are all 简体中文 here.
     */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        return Arrays.stream(values())
                .filter(l -> l.locale.getLanguage().equals(primary))
                .findFirst();
    }

    public static List<String> tags() {
        return Arrays.stream(values()).map(Language::tag).toList();
    }
}
