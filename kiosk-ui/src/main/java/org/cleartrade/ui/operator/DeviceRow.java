package org.cleartrade.ui.operator;

import org.cleartrade.core.readiness.DeviceProblem;
import org.cleartrade.ui.i18n.UiText;

/**
 * One device problem as the bins page shows it, already in words.
 *
 * @param title what is wrong, in the operator's language
 * @param todo what to do about it
 * @param detail the device's own words, as the audit log has them
 * @param acknowledged staff acknowledged it and the kiosk trades on
 */
public record DeviceRow(String key, String title, String todo, String detail, boolean acknowledged) {

    static DeviceRow of(DeviceProblem problem, boolean acknowledged, UiText text) {
        String kind = "operator.devices.kind." + problem.kind().name();
        Object[] bin = problem.bin().isPresent() ? new Object[] {problem.bin().getAsInt()} : new Object[0];
        return new DeviceRow(
                problem.key(),
                text.get(kind + ".title", bin),
                text.get(kind + ".todo", bin),
                problem.detail(),
                acknowledged);
    }

    /** The key made safe for a node id. */
    public String domId() {
        return key.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
