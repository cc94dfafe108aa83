package org.cleartrade.pricing.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.cleartrade.pricing.grading.Condition.Body;
import org.cleartrade.pricing.grading.Condition.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradingRulesTest {

    private final GradingRules rules = new GradingRules();

    @ParameterizedTest(name = "powers on {0}, screen {1}, body {2}, water {3} -> {4}")
    @CsvSource({
        "true,  FLAWLESS,        FLAWLESS, false, A",
        "true,  LIGHT_SCRATCHES, FLAWLESS, false, B",
        "true,  FLAWLESS,        WORN,     false, B",
        "true,  LIGHT_SCRATCHES, WORN,     false, C",
        "true,  CRACKED,         FLAWLESS, false, C",
        "true,  FLAWLESS,        DAMAGED,  false, C",
        "true,  CRACKED,         WORN,     false, C",
        "true,  LIGHT_SCRATCHES, DAMAGED,  false, C",
        "true,  CRACKED,         DAMAGED,  false, D",
        "true,  FLAWLESS,        FLAWLESS, true,  D",
        "false, FLAWLESS,        FLAWLESS, false, D",
        "false, CRACKED,         DAMAGED,  true,  D",
    })
    void gradesByTheFirstRowThatApplies(boolean powersOn, Screen screen, Body body, boolean water, Grade expected) {
        assertThat(rules.grade(new Condition(powersOn, screen, body, water))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "powers on {0}, screen {1}, body {2}, water {3}, battery {4} -> {5}")
    @CsvSource({
        "true,  FLAWLESS,        FLAWLESS, false, 100, ''",
        "true,  FLAWLESS,        FLAWLESS, false, 80,  ''",
        "true,  FLAWLESS,        FLAWLESS, false, 79,  deduction.battery_below_80:1000",
        "true,  FLAWLESS,        FLAWLESS, false, 60,  deduction.battery_below_80:1000",
        "true,  FLAWLESS,        FLAWLESS, false, 59,  deduction.battery_below_60:2000",
        "true,  FLAWLESS,        FLAWLESS, false, -1,  ''",
        "true,  LIGHT_SCRATCHES, WORN,     false, -1,  deduction.screen_scratched:1000 deduction.body_worn:700",
        "true,  CRACKED,         DAMAGED,  false, -1,  deduction.screen_cracked:3500 deduction.body_damaged:2000",
        "false, FLAWLESS,        FLAWLESS, true,  50,  deduction.no_power:6000 deduction.water_damage:4000 deduction.battery_below_60:2000",
    })
    void listsDeductionsInOrderWithTheirShareOfTheBasePrice(
            boolean powersOn, Screen screen, Body body, boolean water, int battery, String expected) {
        OptionalInt health = battery < 0 ? OptionalInt.empty() : OptionalInt.of(battery);

        List<String> found = rules.findings(new Condition(powersOn, screen, body, water), health).stream()
                .map(f -> f.reasonKey() + ":" + f.basisPoints())
                .toList();

        assertThat(found).isEqualTo(expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" ")));
    }

    @ParameterizedTest
    @CsvSource({"A, 7000", "B, 5000", "C, 2500", "D, 1000"})
    void floorsFallWithTheGrade(Grade grade, int basisPoints) {
        assertThat(rules.floorBasisPoints(grade)).isEqualTo(basisPoints);
    }

    @Test
    void refusesABatteryHealthOutsideZeroToHundred() {
        Condition fine = new Condition(true, Screen.FLAWLESS, Body.FLAWLESS, false);

        assertThatThrownBy(() -> rules.findings(fine, OptionalInt.of(101)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("101");
    }
}
