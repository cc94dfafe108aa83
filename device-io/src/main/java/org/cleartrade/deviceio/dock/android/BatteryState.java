package org.cleartrade.deviceio.dock.android;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.Check.Kind;
import org.cleartrade.ports.dock.Check.Verdict;

/**
 * The battery as {@code dumpsys battery} and the power-supply class report it. Health codes are
 * {@code android.os.BatteryManager.BATTERY_HEALTH_*}: 2 good, 3 overheat, 4 dead, 5 over voltage,
 * 6 unspecified failure, 7 cold, 1 unknown.
 *
 * @param level charge in percent of {@code scale}
 * @param healthCode absent when not reported
 * @param healthPercent full-charge capacity over design capacity, when both were readable
 */
public record BatteryState(OptionalInt level, OptionalInt healthCode, OptionalInt healthPercent) {

    /** Below this share of the design capacity a battery is worn out. */
    public static final int WORN_BELOW_PERCENT = 80;

    private static final Pattern FIELD = Pattern.compile("^\\s*(level|scale|health): (-?\\d{1,9})\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^\\s*(\\d{1,12})\\s*$");

    public static BatteryState parse(String dumpsysBattery, String capacityOutput) {
        Integer level = null;
        Integer scale = null;
        Integer health = null;
        for (String line : dumpsysBattery.split("\r?\n")) {
            Matcher m = FIELD.matcher(line);
            if (m.matches()) {
                int value = Integer.parseInt(m.group(2));
                switch (m.group(1)) {
                    case "level" -> level = value;
                    case "scale" -> scale = value;
                    default -> health = value;
                }
            }
        }
        OptionalInt percent = OptionalInt.empty();
        if (level != null && scale != null && scale > 0 && level >= 0 && level <= scale) {
            percent = OptionalInt.of(Math.round(level * 100f / scale));
        }
        return new BatteryState(
                percent, health == null ? OptionalInt.empty() : OptionalInt.of(health), capacityShare(capacityOutput));
    }

    /** {@code charge_full} then {@code charge_full_design}, one number per line. */
    static OptionalInt capacityShare(String output) {
        String[] lines = output.trim().split("\r?\n");
        if (lines.length != 2) {
            return OptionalInt.empty();
        }
        Matcher full = NUMBER.matcher(lines[0]);
        Matcher design = NUMBER.matcher(lines[1]);
        if (!full.matches() || !design.matches()) {
            return OptionalInt.empty();
        }
        long f = Long.parseLong(full.group(1));
        long d = Long.parseLong(design.group(1));
        if (f <= 0 || d <= 0 || f > d * 13 / 10 || f < d / 10) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.min(100, Math.round(f * 100.0 / d)));
    }

    public Check check() {
        String levelText = level.isPresent() ? "charge " + level.getAsInt() + " %" : "charge unknown";
        if (healthCode.isPresent() && healthCode.getAsInt() >= 3 && healthCode.getAsInt() <= 7) {
            return new Check(
                    Kind.BATTERY_HEALTH,
                    Verdict.FAIL,
                    "Battery reports " + healthName(healthCode.getAsInt()) + " (" + levelText + ")");
        }
        if (healthPercent.isPresent() && healthPercent.getAsInt() < WORN_BELOW_PERCENT) {
            return new Check(
                    Kind.BATTERY_HEALTH,
                    Verdict.FAIL,
                    "Battery holds " + healthPercent.getAsInt() + " % of its design capacity (" + levelText + ")");
        }
        if (healthCode.isPresent() && healthCode.getAsInt() == 2) {
            String capacity = healthPercent.isPresent()
                    ? healthPercent.getAsInt() + " % of design capacity"
                    : "capacity not reported";
            return new Check(Kind.BATTERY_HEALTH, Verdict.PASS, "Battery good, " + capacity + " (" + levelText + ")");
        }
        return new Check(
                Kind.BATTERY_HEALTH, Verdict.UNVERIFIED, "Could not verify battery health (" + levelText + ")");
    }

    private static String healthName(int code) {
        return switch (code) {
            case 3 -> "overheating";
            case 4 -> "a dead battery";
            case 5 -> "over voltage";
            case 6 -> "a battery failure";
            default -> "too cold";
        };
    }
}
