package org.cleartrade.ui.screen;

import org.cleartrade.core.session.SessionSnapshot;

/**
 * One visit of a seller to a phase: the session's identity and the step at which it entered the
 * phase. Screen state that belongs to one visit (answers given so far, a half-typed scan, a
 * question on screen) is kept under this key, so it never carries over to the next seller, whose
 * session restarts its step count and may enter the same phase at the very same step.
 */
public record PhaseVisit(String sessionId, long phaseEntrySeq) {

    public static final PhaseVisit NONE = new PhaseVisit("", -1);

    public static PhaseVisit of(SessionSnapshot snapshot) {
        return new PhaseVisit(snapshot.sessionId(), snapshot.phaseEntrySeq());
    }
}
