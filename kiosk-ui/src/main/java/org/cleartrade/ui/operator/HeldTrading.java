package org.cleartrade.ui.operator;

import org.cleartrade.core.readiness.TradingHold;
import org.cleartrade.ui.exec.TaskExecutor;
import org.cleartrade.ui.session.RunnerSessions;
import org.cleartrade.ui.shell.KioskScene;

/**
 * Puts the device check's hold on the seller's side: while it holds trading the seller screen
 * shows "not taking phones right now" in place of the attract screen, and the seat refuses a
 * seller's Start whatever sent it. Staff lift it from the operator screen (Check again, or trade on
 * past a printer problem).
 */
public final class HeldTrading {

    private HeldTrading() {}

    /** Call on the background executor, before the seat's session is connected to the screen. */
    public static void connect(TradingHold hold, KioskScene kiosk, RunnerSessions seat, TaskExecutor executor) {
        seat.holdStartsWhile(() -> !hold.tradingAllowed());
        hold.subscribe(r -> executor.runOnUi(() -> kiosk.shell().holdTrading(!r.tradingAllowed())));
        executor.runOnUi(() -> kiosk.shell().holdTrading(!hold.tradingAllowed()));
    }
}
