package org.cleartrade.pricing.grading;

/** The seller's answers to the condition questions. */
public record Condition(boolean powersOn, Screen screen, Body body, boolean waterDamage) {

    public enum Screen {
        FLAWLESS,
        LIGHT_SCRATCHES,
        CRACKED
    }

    public enum Body {
        FLAWLESS,
        WORN,
        DAMAGED
    }
}
