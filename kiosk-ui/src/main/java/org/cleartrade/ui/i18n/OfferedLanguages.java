package org.cleartrade.ui.i18n;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The languages this kiosk offers: those of the jurisdiction profile that the UI has copy for, in
 * the profile's order, each with the exact tag the session expects back.
 */
public final class OfferedLanguages {

    private final Map<Language, String> tags = new LinkedHashMap<>();

    public OfferedLanguages(List<String> profileTags) {
        for (String tag : profileTags) {
            Language.fromTag(tag).ifPresent(l -> tags.putIfAbsent(l, tag));
        }
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("none of the jurisdiction's languages " + profileTags
                    + " has screen copy; supported: " + Language.tags());
        }
    }

    public List<Language> languages() {
        return new ArrayList<>(tags.keySet());
    }

    /** The profile's tag for {@code language}, as {@code LanguageChosen} must carry it. */
    public String tagFor(Language language) {
        String tag = tags.get(language);
        if (tag == null) {
            throw new IllegalArgumentException(language + " is not offered here: " + tags.keySet());
        }
        return tag;
    }
}
