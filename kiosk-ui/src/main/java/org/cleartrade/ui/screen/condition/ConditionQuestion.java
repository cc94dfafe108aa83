package org.cleartrade.ui.screen.condition;

import java.util.List;
import org.cleartrade.pricing.grading.Condition;

/** The condition questions in the order asked, each with its answers in the {@code ui} bundle. */
enum ConditionQuestion {
    POWERS_ON(List.of("yes", "no")),
    SCREEN(List.of(
            Condition.Screen.FLAWLESS.name(),
            Condition.Screen.LIGHT_SCRATCHES.name(),
            Condition.Screen.CRACKED.name())),
    BODY(List.of(Condition.Body.FLAWLESS.name(), Condition.Body.WORN.name(), Condition.Body.DAMAGED.name())),
    WATER(List.of("no", "yes"));

    private final List<String> answers;

    ConditionQuestion(List<String> answers) {
        this.answers = answers;
    }

    List<String> answers() {
        return answers;
    }

    String key() {
        return "condition." + name();
    }
}
