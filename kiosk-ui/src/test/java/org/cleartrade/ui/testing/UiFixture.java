package org.cleartrade.ui.testing;

import java.time.ZoneId;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.ui.exec.CurrentThreadTaskExecutor;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.i18n.OfferedLanguages;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.session.InputClock;
import org.cleartrade.ui.session.SessionModel;

/** A session model and copy for view-model tests: no stage, no toolkit, no threads. */
public record UiFixture(MachineSession machine, SessionModel session, UiText text) {

    public static UiFixture illinois() {
        MachineSession machine = MachineSession.illinois();
        UiText text = new UiText(
                Language.ENGLISH,
                ZoneId.of("America/Chicago"),
                new OfferedLanguages(JurisdictionProfiles.bundled("US-IL").languages()));
        return new UiFixture(
                machine, new SessionModel(machine, new CurrentThreadTaskExecutor(), InputClock.NONE), text);
    }
}
