package org.cleartrade.ui.screen.erase;

import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cleartrade.core.session.Phase;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.session.SessionModel;

/** The erase, in front of the seller: each stage named, the current one marked, never rushed. */
public final class EraseViewModel extends ScreenViewModel {

    /** A stage of the erase as the screen lists it. */
    public record Stage(String label, boolean done, boolean current) {}

    private static final List<Phase> STAGES = List.of(Phase.ERASING, Phase.VERIFYING_ERASE, Phase.CERTIFYING);

    private final ReadOnlyObjectWrapper<List<Stage>> stages = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper advice = new ReadOnlyStringWrapper();

    public EraseViewModel(SessionModel session, UiText text) {
        super(session, text);
        follow();
    }

    @Override
    protected void refresh(SessionSnapshot snapshot) {
        setTitle(text.get("erase.title"));
        int current = currentStage(snapshot);
        stages.set(STAGES.stream()
                .map(p -> new Stage(
                        text.get("erase.stage." + p.name()), STAGES.indexOf(p) < current, STAGES.indexOf(p) == current))
                .toList());
        progress.set((current + 0.5) / STAGES.size());
        advice.set(text.get("erase.advice"));
        setPrompt(text.get("erase.title") + " "
                + text.get("erase.stage." + STAGES.get(Math.min(current, 2)).name()));
    }

    /**
     * The stage the session is in; past the last one once the certificate is issued (the screen
     * may still show while the session moves on to print it), before the first otherwise. Read
     * from the session's facts, not from the order the phases are declared in.
     */
    static int currentStage(SessionSnapshot snapshot) {
        int at = STAGES.indexOf(snapshot.phase());
        if (at >= 0) {
            return at;
        }
        return snapshot.trade().certificate().isPresent() ? STAGES.size() : 0;
    }

    public ReadOnlyObjectProperty<List<Stage>> stagesProperty() {
        return stages.getReadOnlyProperty();
    }

    /** 0..1 across the stages; the current stage counts as half done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty adviceProperty() {
        return advice.getReadOnlyProperty();
    }
}
