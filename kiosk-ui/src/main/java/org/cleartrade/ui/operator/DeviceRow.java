package org.cleartrade.ui.operator;

import org.cleartrade.core.readiness.DeviceProblem;
import org.cleartrade.ui.i18n.UiText;

/**
 * One device problem as the bins page shows it, already in words.
 *
 * @param title what is wrong, in the operator's language
 * @param todo what to do about it
 * @param detail what the driver said, quoted under a lead in the operator's language; empty where
 *     the kiosk's own English sentence would only repeat the title
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
                driversWords(problem, text),
                acknowledged);
    }

    /**
     * The audit log keeps every problem's detail in English. Where the driver failed, its message
     * is what a technician needs, so it is quoted; where the kiosk read a status bit, its sentence
     * says what the translated title already says.
     */
    private static String driversWords(DeviceProblem problem, UiText text) {
        return switch (problem.kind()) {
            case LATCH_NOT_ANSWERING, BIN_UNREADABLE, PRINTER_NOT_ANSWERING ->
                text.get("operator.alert.detail.device", problem.detail());
            case BIN_JAMMED, BIN_TAMPERED, PRINTER_OFFLINE, PRINTER_PAPER_OUT, PRINTER_COVER_OPEN -> "";
        };
    }

    /** The key made safe for a node id. */
    public String domId() {
        return key.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
