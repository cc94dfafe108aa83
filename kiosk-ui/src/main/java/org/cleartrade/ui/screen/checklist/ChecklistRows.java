package org.cleartrade.ui.screen.checklist;

import java.util.List;
import java.util.Locale;
import org.cleartrade.core.session.ChecklistItem;
import org.cleartrade.ui.i18n.UiText;

/** Turns the session's checklist into rows of copy from the {@code checklist} bundle. */
public final class ChecklistRows {

    private ChecklistRows() {}

    public static List<ChecklistRow> of(List<ChecklistItem> items, UiText text) {
        return items.stream().map(item -> row(item, text)).toList();
    }

    static ChecklistRow row(ChecklistItem item, UiText text) {
        String key = item.topic().name().toLowerCase(Locale.ROOT);
        return new ChecklistRow(
                item.topic(),
                item.tick(),
                text.checklist(key + ".title"),
                text.checklist(key + ".why"),
                text.checklist(key + ".how"),
                mark(item.tick()),
                text.get("tick." + item.tick().name()));
    }

    private static String mark(ChecklistItem.Tick tick) {
        return switch (tick) {
            case VERIFIED -> "✓";
            case FAILED -> "✗";
            case UNVERIFIED -> "?";
            case NOT_CHECKED, SELLER_ONLY -> "•";
        };
    }
}
