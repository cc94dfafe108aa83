package org.cleartrade.pricing.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Turns the seller's answers and the inspected battery health into a grade, the deductions from the
 * grade-A base price, and the floor those deductions stop at. The same table is in {@code
 * docs/pricing.md}; the tests walk it row by row.
 *
 * <p>Grade, the first row that applies:
 *
 * <pre>
 * D  does not power on, water damage, or a cracked screen and a damaged body
 * C  a cracked screen, a damaged body, or a scratched screen and a worn body
 * B  a scratched screen or a worn body
 * A  otherwise
 * </pre>
 *
 * <p>Deductions, in basis points of the base price, in this order: no power 6000, water damage
 * 4000, cracked screen 3500 or scratched screen 1000, damaged body 2000 or worn body 700, battery
 * health under 60 % 2000 or under 80 % 1000. Battery health lowers the price, never the grade: a
 * battery is replaceable. An unknown battery health costs nothing.
 *
 * <p>Floors: the deductions never take the price below 70 % (A), 50 % (B), 25 % (C) or 10 % (D) of
 * the base price.
 */
public final class GradingRules {

    /** One reason the price goes down, with its share of the base price in basis points. */
    public record Finding(String reasonKey, int basisPoints) {}

    public Grade grade(Condition condition) {
        boolean cracked = condition.screen() == Condition.Screen.CRACKED;
        boolean scratched = condition.screen() == Condition.Screen.LIGHT_SCRATCHES;
        boolean damaged = condition.body() == Condition.Body.DAMAGED;
        boolean worn = condition.body() == Condition.Body.WORN;
        if (!condition.powersOn() || condition.waterDamage() || (cracked && damaged)) {
            return Grade.D;
        }
        if (cracked || damaged || (scratched && worn)) {
            return Grade.C;
        }
        if (scratched || worn) {
            return Grade.B;
        }
        return Grade.A;
    }

    /** The deductions that apply, in the order the quote lists them. */
    public List<Finding> findings(Condition condition, OptionalInt batteryHealthPercent) {
        List<Finding> findings = new ArrayList<>(5);
        if (!condition.powersOn()) {
            findings.add(new Finding("deduction.no_power", 6000));
        }
        if (condition.waterDamage()) {
            findings.add(new Finding("deduction.water_damage", 4000));
        }
        switch (condition.screen()) {
            case CRACKED -> findings.add(new Finding("deduction.screen_cracked", 3500));
            case LIGHT_SCRATCHES -> findings.add(new Finding("deduction.screen_scratched", 1000));
            case FLAWLESS -> {}
        }
        switch (condition.body()) {
            case DAMAGED -> findings.add(new Finding("deduction.body_damaged", 2000));
            case WORN -> findings.add(new Finding("deduction.body_worn", 700));
            case FLAWLESS -> {}
        }
        if (batteryHealthPercent.isPresent()) {
            int health = batteryHealthPercent.getAsInt();
            if (health < 0 || health > 100) {
                throw new IllegalArgumentException("battery health must be 0 to 100 %, was " + health);
            }
            if (health < 60) {
                findings.add(new Finding("deduction.battery_below_60", 2000));
            } else if (health < 80) {
                findings.add(new Finding("deduction.battery_below_80", 1000));
            }
        }
        return findings;
    }

    /** The least share of the base price, in basis points, a phone of this grade is offered. */
    public int floorBasisPoints(Grade grade) {
        return switch (grade) {
            case A -> 7000;
            case B -> 5000;
            case C -> 2500;
            case D -> 1000;
        };
    }
}
