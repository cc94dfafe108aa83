package org.cleartrade.core.operator;

import java.util.Optional;
import java.util.function.Supplier;
import org.cleartrade.core.ledger.LedgerFact;
import org.cleartrade.core.operator.ConsoleState.Awaiting;
import org.cleartrade.core.operator.OperatorConsole.Phase;

/**
 * How the console ends a restock and a sign-in: the manifest of what was released is signed, stored
 * and printed, an open bin is locked first, and only then is the operator signed out. Each of those
 * is a step of its own, so {@link #carryOn} is called again with each answer until nothing is left.
 */
final class SignOff {

    private final String kioskId;
    private final Supplier<String> ids;

    SignOff(String kioskId, Supplier<String> ids) {
        this.kioskId = kioskId;
        this.ids = ids;
    }

    /**
     * Carries a sign-out under way on by one step: lock the open bin, or sign the manifest, or sign
     * out. Without a sign-out under way it does nothing.
     */
    void carryOn(ConsoleDraft d) {
        if (d.closing.isEmpty()) {
            return;
        }
        if (d.phase == Phase.BIN_OPEN) {
            d.await(Awaiting.LOCK, new OperatorEffect.Lock(d.openBin.getAsInt(), true));
            return;
        }
        if (d.restockPending()) {
            signManifest(d);
            return;
        }
        Kind kind = switch (d.closing.get()) {
            case SIGN_OUT -> new Kind("operator.signout", "signed out", Notice.Kind.SIGNOUT);
            case RETURN_TO_SERVICE ->
                new Kind(
                        "kiosk.returned-to-service",
                        "signed out; the kiosk is back in service",
                        Notice.Kind.SERVICE_RETURNED);
            case IDLE -> new Kind("operator.signout", "idle timeout", Notice.Kind.SIGNOUT_IDLE);
        };
        signOut(d, kind.action(), kind.detail(), kind.notice());
    }

    /** Asks for the restock's manifest to be signed; nothing to sign, nothing asked. */
    void signManifest(ConsoleDraft d) {
        if (!d.restockPending()) {
            return;
        }
        CustodyManifest manifest = new CustodyManifest(
                "cm-" + ids.get(), kioskId, d.operatorId(), d.restockStarted, d.now, d.releases, d.discrepancies);
        d.await(Awaiting.SIGNATURE, new OperatorEffect.SignManifest(manifest));
    }

    /** The signed manifest is stored, synced, before it is printed. */
    static void signed(ConsoleDraft d, ConsoleAnswer.ManifestSigned a) {
        CustodyManifest manifest = a.manifest();
        d.facts.add(new LedgerFact.CustodyManifestIssued(
                manifest.manifestId(),
                d.operatorId(),
                manifest.canonicalText(),
                a.signature().keyId(),
                a.signature().base64(),
                d.now));
        d.audit("custody.manifest", manifest.manifestId());
        d.lastManifest = Optional.of(manifest);
        d.releases.clear();
        d.discrepancies.clear();
        d.restockStarted = d.now;
        d.notice = Notice.of(Notice.Kind.RESTOCK_MANIFEST, manifest.manifestId());
        d.await(Awaiting.MANIFEST_PRINT, new OperatorEffect.PrintManifest(manifest, a.signature()));
    }

    /** Ends the console session now. */
    static void signOut(ConsoleDraft d, String action, String detail, Notice.Kind notice) {
        d.audit(action, detail);
        // A bin still marked from an unlatch whose answer never landed is forgotten with the session.
        d.leaveBin();
        d.phase = Phase.SIGNED_OUT;
        d.operator = Optional.empty();
        d.closing = Optional.empty();
        d.sessionId = Optional.empty();
        d.notice = Notice.of(notice);
    }

    /** How a sign-out is audited and what the screen says after it. */
    private record Kind(String action, String detail, Notice.Kind notice) {}
}
