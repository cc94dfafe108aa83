package org.cleartrade.ui.screen.checklist;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cleartrade.core.session.ChecklistItem;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.dock.BrandFamily;

/**
 * Turns the session's checklist into rows of copy from the {@code checklist} bundle, with the
 * step-by-step instructions of the seller's phone maker where it has its own.
 */
public final class ChecklistRows {

    private ChecklistRows() {}

    public static List<ChecklistRow> of(List<ChecklistItem> items, UiText text) {
        return of(items, text, Optional.empty());
    }

    /**
     * @param brand the seller's phone maker, picked by the seller or read by inspection: its steps
     *     ({@code <topic>.how.<FAMILY>}) replace the general ones where the maker's menus differ
     */
    public static List<ChecklistRow> of(List<ChecklistItem> items, UiText text, Optional<BrandFamily> brand) {
        return items.stream().map(item -> row(item, text, brand)).toList();
    }

    static ChecklistRow row(ChecklistItem item, UiText text, Optional<BrandFamily> brand) {
        String key = item.topic().name().toLowerCase(Locale.ROOT);
        String how = brand.map(b -> key + ".how." + b.name())
                .filter(text::hasChecklist)
                .orElse(key + ".how");
        return new ChecklistRow(
                item.topic(),
                item.tick(),
                text.checklist(key + ".title"),
                text.checklist(key + ".why"),
                text.checklist(how),
                mark(item.tick()),
                text.get("tick." + item.tick().name()));
    }

    /** The maker of the docked phone, once inspection has read it. */
    public static Optional<BrandFamily> brandOf(SessionSnapshot snapshot) {
        return snapshot.phone()
                .inspection()
                .flatMap(r -> BrandFamily.of(r.identity().manufacturer()));
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
