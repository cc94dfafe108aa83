package org.cleartrade.ui.shell;

/**
 * Every screen of the seller's journey, each with the step of the progress strip it belongs to
 * (0 = not part of the numbered journey) and the key of that step's name in the {@code ui} bundle.
 */
public enum ScreenId {
    ATTRACT(0),
    LANGUAGE(1),
    CHECKLIST(2),
    DOCK(3),
    INSPECTING(4),
    REFUSED(4),
    CONDITION(5),
    QUOTE(6),
    /** Within the offer's step, but named for what the seller does there. */
    IDENTITY(6, "step.identity"),
    CONSENT(7),
    ERASING(7),
    RECEIPT(8),
    DEPOSIT(9),
    CANCELLING_DEPOSIT(9),
    PAYOUT(9),
    RETURN_PHONE(0),
    DONE(0),
    GOODBYE(0),
    OPERATOR_NEEDED(0),
    /** In place of the attract screen while a device problem holds trading. */
    HELD(0);

    /** How many numbered steps the progress strip shows. */
    public static final int STEPS = 9;

    private final int step;
    private final String stepKey;

    ScreenId(int step) {
        this(step, "step." + step);
    }

    ScreenId(int step, String stepKey) {
        this.step = step;
        this.stepKey = stepKey;
    }

    public int step() {
        return step;
    }

    /** The {@code ui} bundle key of this screen's step name. */
    public String stepKey() {
        return stepKey;
    }
}
