package org.cleartrade.ui.screen.identity;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cleartrade.core.identity.AamvaFormatException;
import org.cleartrade.core.identity.AamvaParser;
import org.cleartrade.core.identity.IdFields;
import org.cleartrade.core.identity.Pdf417FrameDecoder;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.ui.i18n.UiText;
import org.cleartrade.ui.screen.PhaseVisit;
import org.cleartrade.ui.screen.ScreenViewModel;
import org.cleartrade.ui.session.SessionModel;

/**
 * The ID step, where the jurisdiction requires it. Two inputs: a keyboard-wedge scanner types the
 * licence's PDF417 text as keystrokes, or a camera frame is decoded with ZXing. Either way only
 * the parsed fields go to the session, which keeps what the profile requires; the raw scan is
 * dropped here and never logged.
 */
public final class IdentityViewModel extends ScreenViewModel {

    /** The compliance indicator, its separators as a wedge may type them, and the file type. */
    private static final Pattern SCAN_START = Pattern.compile("@[\\n\\r\\u001e]{0,3}(?:ANSI |AAMVA)");

    private static final int MAX_SCAN = 4096;

    private final ReadOnlyStringWrapper instruction = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper privacy = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Pdf417FrameDecoder decoder;
    private final StringBuilder wedge = new StringBuilder();
    private PhaseVisit shownFor = PhaseVisit.NONE;

    public IdentityViewModel(SessionModel session, UiText text, Pdf417FrameDecoder decoder) {
        super(session, text);
        this.decoder = decoder;
        follow();
    }

    @Override
    protected void refresh(SessionSnapshot snapshot) {
        if (!PhaseVisit.of(snapshot).equals(shownFor)) {
            // A half-typed scan or the last scan's problem belongs to the visit that saw it.
            shownFor = PhaseVisit.of(snapshot);
            wedge.setLength(0);
            status.set("");
        }
        setTitle(text.get("identity.title"));
        instruction.set(text.get("identity.instruction"));
        privacy.set(text.get("identity.privacy"));
        setPrompt(instruction.get());
        snapshot.refusal().ifPresent(why -> {
            String key = "refusal." + why.name();
            status.set(text.get(key + ".reason") + " " + text.get(key + ".fix"));
            setPrompt(status.get());
        });
    }

    public ReadOnlyStringProperty instructionProperty() {
        return instruction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty privacyProperty() {
        return privacy.getReadOnlyProperty();
    }

    /** Reading progress or a problem with the last scan. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * One character typed by the wedge scanner. The scan is complete when the AAMVA header's
     * subfile lengths are all in, or at an end-of-text character (ETX, EOT) some scanners append.
     */
    public void scannerTyped(String characters) {
        for (char c : characters.toCharArray()) {
            if (c == '\u0003' || c == '\u0004') {
                finishWedgeScan();
                return;
            }
            wedge.append(c);
        }
        dropStrayKeys();
        status.set(text.get("identity.reading"));
        OptionalInt expected = AamvaParser.expectedLength(wedge.toString());
        if (expected.isPresent() && wedge.length() >= expected.getAsInt()) {
            finishWedgeScan();
        }
    }

    /**
     * Keys typed before a scan (a seller on the scanner's keyboard, a half scan) would shift the
     * header's offsets and keep the scan from ever completing: the buffer restarts where an AAMVA
     * header starts, and never grows past what a licence can hold.
     */
    private void dropStrayKeys() {
        Matcher start = SCAN_START.matcher(wedge);
        if (start.find() && start.start() > 0) {
            wedge.delete(0, start.start());
        } else if (wedge.length() > MAX_SCAN) {
            wedge.setLength(0);
        }
    }

    private void finishWedgeScan() {
        String payload = wedge.toString();
        wedge.setLength(0);
        session.sendComputed("IdScanned", () -> fromPayload(payload));
    }

    /** A camera frame as packed ARGB; decoded in the background. */
    public void cameraFrame(int[] argb, int width, int height) {
        status.set(text.get("identity.reading"));
        session.sendComputed(
                "IdScanned",
                () -> decoder.decode(argb, width, height)
                        .<SessionEvent.SellerEvent>map(IdentityViewModel::fromPayload)
                        .orElseGet(() -> new SessionEvent.IdUnreadable("no PDF417 barcode found in the camera frame")));
    }

    static SessionEvent.SellerEvent fromPayload(String payload) {
        try {
            return new SessionEvent.IdScanned(IdFields.of(AamvaParser.parse(payload)));
        } catch (AamvaFormatException e) {
            return new SessionEvent.IdUnreadable(e.getMessage());
        }
    }

    public void cancel() {
        wedge.setLength(0);
        session.send(new SessionEvent.Cancel());
    }
}
