package org.cleartrade.ui.operator;

import org.cleartrade.core.operator.ConsoleSnapshot;
import org.cleartrade.core.operator.Notice;
import org.cleartrade.core.operator.OperatorConsole;
import org.cleartrade.core.operator.OperatorConsole.Event;
import org.cleartrade.core.operator.OperatorConsole.Phase;
import org.cleartrade.core.operator.OperatorRunner;

/**
 * Kiosk mode's way out for service: a technician signs in with id and PIN (PBKDF2, lockout and
 * audit through the {@link OperatorConsole}) and asks to close the program. Anyone else is signed
 * straight out again.
 *
 * <p>Threading: call off the FX thread; a PIN check takes a noticeable fraction of a second.
 */
public final class ServiceExit {

    /** What came of an attempt; {@code noticeKey} is the console's notice for the operator. */
    public record Outcome(boolean exit, String noticeKey) {}

    private final OperatorRunner console;

    public ServiceExit(OperatorRunner console) {
        this.console = console;
    }

    public Outcome attempt(String operatorId, char[] pin) {
        if (console.snapshot().phase() != Phase.SIGNED_OUT) {
            return new Outcome(false, "exit.staffSessionOpen");
        }
        ConsoleSnapshot signedIn = console.on(new Event.SignIn(operatorId, pin));
        if (signedIn.phase() != Phase.SIGNED_IN) {
            return new Outcome(false, signedIn.notice().key());
        }
        ConsoleSnapshot asked = console.on(new Event.ExitKiosk());
        if (asked.notice().kind() == Notice.Kind.KIOSK_EXIT) {
            return new Outcome(true, "kiosk.exit");
        }
        console.on(new Event.SignOut());
        return new Outcome(false, asked.notice().key());
    }
}
