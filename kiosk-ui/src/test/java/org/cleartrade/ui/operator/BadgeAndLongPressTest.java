package org.cleartrade.ui.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BadgeAndLongPressTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private final BadgeReader badges = new BadgeReader();
    private final HiddenLongPress press = new HiddenLongPress();

    private Optional<String> type(String text) {
        Optional<String> last = Optional.empty();
        for (char c : text.toCharArray()) {
            last = badges.typed(String.valueOf(c));
        }
        return last;
    }

    @Test
    void aBadgeFollowedByEnterGivesItsOperatorId() {
        assertThat(type("CTSTAFF:ann-2\r")).contains("ann-2");
    }

    @Test
    void strayKeysBeforeTheBadgeDoNotSpoilIt() {
        assertThat(type("xyz12CTSTAFF:ted\n")).contains("ted");
    }

    @Test
    void anythingButABadgeIsIgnored() {
        assertThat(type("490154203237518\r")).isEmpty();
        assertThat(type("CTSTAFF:\r")).isEmpty();
        assertThat(type("CTSTAFF:ann' OR 1=1\r")).isEmpty();
    }

    @Test
    void endlessGarbageStaysBoundedAndABadgeAfterItStillWorks() {
        assertThat(type("C".repeat(10_000) + "\r")).isEmpty();
        assertThat(type("CTSTAFF:ann\r")).contains("ann");
    }

    @Test
    void aLongPressOnTheLogoCornerOpensAfterThreeSeconds() {
        press.pressed(40, 40, T0);

        assertThat(press.released(T0.plus(HiddenLongPress.HOLD))).isTrue();
    }

    @Test
    void aShortPressOrAPressElsewhereDoesNothing() {
        press.pressed(40, 40, T0);
        assertThat(press.released(T0.plus(Duration.ofMillis(2900)))).isFalse();

        press.pressed(600, 900, T0);
        assertThat(press.released(T0.plus(Duration.ofSeconds(5)))).isFalse();
    }

    @Test
    void aReleaseWithoutAPressDoesNothing() {
        assertThat(press.released(T0)).isFalse();
    }
}
