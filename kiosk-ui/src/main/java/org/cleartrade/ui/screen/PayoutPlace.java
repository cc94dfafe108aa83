package org.cleartrade.ui.screen;

import java.util.Objects;
import java.util.Optional;
import org.cleartrade.ui.i18n.UiText;

/**
 * Where the seller turns the voucher into money: the store the kiosk stands in ({@code
 * kiosk.location}) and the counter that pays ({@code kiosk.payoutCounter}). A seller holding a
 * voucher must know where to take it; a kiosk that names no counter says "the store's service
 * counter" in the seller's language.
 */
public record PayoutPlace(String store, Optional<String> counter) {

    /** A place for tests and tours that configure nothing. */
    public static final PayoutPlace UNNAMED = new PayoutPlace("ClearTrade demo kiosk", Optional.empty());

    public PayoutPlace {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(counter, "counter");
    }

    /** The place in words, to fill a sentence such as "redeem it at {0}". */
    public String words(UiText text) {
        return counter.map(c -> text.get("payout.place.named", c, store))
                .orElseGet(() -> text.get("payout.place.unnamed", store));
    }
}
