package org.cleartrade.core.session;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cleartrade.core.jurisdiction.JurisdictionProfile;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.session.SessionEvent.Cancel;
import org.cleartrade.core.session.SessionEvent.DockChanged;
import org.cleartrade.core.session.SessionEvent.IdScanned;
import org.cleartrade.core.session.SessionEvent.IdUnreadable;
import org.cleartrade.core.session.SessionEvent.Timeout;
import org.cleartrade.core.text.PlainText;

/**
 * The IDENTITY phase: checks the seller's age and keeps only the ID fields the jurisdiction names,
 * until its retention ends. The scanned fields never reach the snapshot or the journal.
 *
 * <p>Its rows of the transition table (each refusal reason it sets is in {@code SessionMachineTest})
 * are in docs/architecture.md, read off the machine by {@code TransitionTableTest}.
 *
 * <p>Reaching CONSENT without a reserved bin (the gate had not answered yet) runs the gate again.
 */
final class IdentityCheck {

    static final String BIRTH_DATE = "birthDate";
    static final String EXPIRY = "expiry";

    /** Longer than any field of an AAMVA card (addresses run to about 100 characters). */
    static final int MAX_FIELD_LENGTH = 200;

    private final JurisdictionProfile profile;
    private final ZoneId zone;
    private final Moves moves;

    IdentityCheck(JurisdictionProfile profile, ZoneId zone, Moves moves) {
        this.profile = profile;
        this.zone = zone;
        this.moves = moves;
    }

    void handle(NextStep s, SessionEvent e) {
        if (e instanceof IdScanned scanned) {
            scanned(s, scanned.fields());
        } else if (e instanceof SessionEvent.GatePassed passed) {
            moves.gatePassed(s, passed);
        } else if (e instanceof SessionEvent.GateRefused refused) {
            moves.gateRefused(s, refused);
        } else if (e instanceof IdUnreadable) {
            s.refusal(RefusalReason.IDENTITY_INCOMPLETE);
        } else if (e instanceof Cancel) {
            moves.returnPhone(s, Outcome.CANCELLED);
        } else if (e instanceof Timeout) {
            moves.returnPhone(s, Outcome.WALKED_AWAY);
        } else if (e instanceof DockChanged changed) {
            s.phone(p ->
                    new SessionSnapshot.PhoneState(changed.status(), p.inspection(), p.checklist(), p.blockList()));
            if (changed.status().unplugged()) {
                moves.phoneWithdrawn(s, Outcome.WITHDRAWN);
            }
        } else {
            throw SessionMachine.unfit(s.from(), e);
        }
    }

    private void scanned(NextStep s, Map<String, String> fields) {
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (!PlainText.isPlain(field.getValue()) || field.getValue().length() > MAX_FIELD_LENGTH) {
                // A name with a direction override reads one way on screen and another in an export.
                s.refusal(RefusalReason.IDENTITY_INCOMPLETE)
                        .audit("kiosk", "identity-refused", "field " + field.getKey() + " is not plain text");
                return;
            }
        }
        LocalDate today = LocalDate.ofInstant(s.now(), zone);
        LocalDate expiry;
        try {
            expiry = LocalDate.parse(fields.getOrDefault(EXPIRY, ""));
        } catch (DateTimeParseException e) {
            s.refusal(RefusalReason.IDENTITY_INCOMPLETE);
            return;
        }
        if (expiry.isBefore(today)) {
            s.refusal(RefusalReason.IDENTITY_EXPIRED).audit("kiosk", "identity-refused", "document expired");
            return;
        }
        if (profile.minimumAge() > 0) {
            LocalDate birth;
            try {
                birth = LocalDate.parse(fields.getOrDefault(BIRTH_DATE, ""));
            } catch (DateTimeParseException e) {
                s.refusal(RefusalReason.IDENTITY_INCOMPLETE);
                return;
            }
            int age = Period.between(birth, today).getYears();
            if (age < profile.minimumAge()) {
                s.refusal(RefusalReason.UNDERAGE).audit("kiosk", "seller-underage", "minimum " + profile.minimumAge());
                moves.returnPhone(s, Outcome.REFUSED);
                return;
            }
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (String field : profile.keptIdFields()) {
            String value = fields.get(field);
            if (value == null || value.isBlank()) {
                s.refusal(RefusalReason.IDENTITY_INCOMPLETE);
                return;
            }
            kept.put(field, value);
        }
        String tradeId = s.trade().tradeId().orElseThrow();
        if (!kept.isEmpty()) {
            s.fact(new LedgerFact.IdentityKept(tradeId, kept, s.now().plus(profile.personalDataRetention())));
        }
        s.trade(SessionSnapshot.TradeState::identified)
                .audit("kiosk", "identity-checked", kept.size() + " fields kept")
                .clearProblems()
                .to(Phase.CONSENT);
        if (s.trade().reservedBin().isEmpty()) {
            s.effect(new Effect.CheckGate());
        }
    }
}
