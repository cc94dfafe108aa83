package org.cleartrade.core.session;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.cleartrade.core.json.CompactJson;
import org.cleartrade.core.session.SessionSnapshot.Deposit;
import org.cleartrade.core.session.SessionSnapshot.Erasure;
import org.cleartrade.core.session.SessionSnapshot.TradeState;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.pricing.quote.Quote;

/**
 * The journal's text form of a {@link SessionSnapshot}, and its decoder for resuming after a
 * restart. docs/formats.md describes every version.
 *
 * <p>Writes {@value #FORMAT}: one JSON object on one line ({@link CompactJson}), whose first member
 * is {@code "format":"cleartrade-session/2"}. Members nest as the snapshot's parts do ({@code
 * "erase":{"ack":{"at":..}}}); the lists {@code check}, {@code deduction} and {@code alert} are
 * arrays of objects; numbers and booleans are JSON numbers and booleans; instants are ISO-8601 UTC
 * strings; enums are their names. An absent optional is an absent member. Example (shortened):
 *
 * <pre>
 * {"format":"cleartrade-session/2","session":"S-42","seq":7,"phase":"OFFER",...,
 *  "phone":{"manufacturer":"Google","model":"Pixel 7",...},"check":[{"kind":"SIM_REMOVED",...}],...}
 * </pre>
 *
 * <p>Reads {@value #FORMAT} and {@value #FORMAT_1}, the {@code key=value} lines that every ledger
 * written before held ({@link SnapshotLines}); both go through one {@link SnapshotDecoder}, since
 * the JSON nests exactly as the old dotted keys named. Keys added to /1 over time are optional when
 * decoding ({@code certificate.printed} and {@code voucher.printed}, a boolean before receipts had a
 * {@code handover}, are read too).
 *
 * <p>Privacy: before the seller accepts, the phone's serial and IMEI are left out: a session that
 * ends without a trade keeps nothing that identifies the phone. Decoding such a snapshot gives an
 * empty serial and no IMEI; recovery then only gives the phone back.
 *
 * <p>The text of every version ever written is pinned by golden files in kiosk-core's {@code
 * src/test/resources/journal/}: {@code JournalGoldenFilesTest} decodes every one and fails when
 * today's encoder writes the current version differently. A change to the text is a new {@link
 * #FORMAT} with new golden files; the old ones stay.
 *
 * <p>Decoding validates every key it reads; a missing or malformed value is an {@link
 * IllegalArgumentException} naming the key. Stateless and thread-safe.
 */
public final class SnapshotCodec {

    /** The version written today. */
    public static final String FORMAT = "cleartrade-session/2";

    /** The {@code key=value} lines written until the journal became JSON; read, never written. */
    public static final String FORMAT_1 = "cleartrade-session/1";

    private SnapshotCodec() {}

    public static String encode(SessionSnapshot s) {
        SnapshotJson w = SnapshotJson.document();
        w.put("format", FORMAT);
        w.put("session", s.sessionId());
        w.put("seq", s.seq());
        w.put("phase", s.phase());
        w.put("phaseEntrySeq", s.phaseEntrySeq());
        w.put("phaseSince", s.phaseSince());
        w.put("deadline", s.deadline());
        w.put("jurisdiction", s.jurisdiction());
        w.put("language", s.language());
        boolean identifying = s.trade().tradeId().isPresent();
        encodePhone(w, s.phone(), identifying);
        encodeOffer(w, s.offer());
        encodeTrade(w, s.trade());
        w.put("refusal", s.refusal());
        s.fault().ifPresent(f -> {
            w.put("fault.reason", f.reason());
            w.put("fault.detail", f.detail());
        });
        ArrayNode alerts = w.list("alert");
        for (OperatorAlert a : s.alerts()) {
            SnapshotJson e = SnapshotJson.element(alerts);
            e.put("kind", a.kind());
            e.put("at", a.at());
            e.put("bin", a.bin());
            e.put("trade", a.tradeId());
            e.put("detail", a.detail());
            a.owed().ifPresent(m -> {
                e.put("owed", m.minorUnits());
                e.put("owedCurrency", m.currency());
            });
        }
        w.put("outcome", s.outcome());
        return w.text();
    }

    private static void encodePhone(SnapshotJson w, SessionSnapshot.PhoneState p, boolean identifying) {
        w.put("dock.state", p.dock().state());
        w.put("dock.platform", p.dock().platform());
        w.put("dock.prompt", p.dock().prompt());
        if (identifying) {
            w.put("dock.serial", p.dock().serial());
        }
        for (ChecklistItem item : p.checklist()) {
            w.put("checklist." + item.topic(), item.tick());
        }
        w.put("blockList", p.blockList());
        p.inspection().ifPresent(r -> {
            PhoneIdentity id = r.identity();
            w.put("phone.manufacturer", id.manufacturer());
            w.put("phone.model", id.model());
            w.put("phone.marketName", id.marketName());
            w.put("phone.storageGb", id.storageGb());
            w.put("phone.serial", identifying ? id.serial() : "");
            if (identifying) {
                w.put("phone.imei", id.imei());
            }
            w.put("phone.osName", id.osName());
            w.put("phone.osVersion", id.osVersion());
            w.put("phone.securityPatch", id.securityPatch());
            w.put("phone.battery", r.batteryHealthPercent());
            ArrayNode checks = w.list("check");
            for (Check c : r.checks()) {
                SnapshotJson e = SnapshotJson.element(checks);
                e.put("kind", c.kind());
                e.put("verdict", c.verdict());
                e.put("detail", c.detail());
            }
        });
    }

    private static void encodeOffer(SnapshotJson w, SessionSnapshot.OfferState o) {
        o.condition().ifPresent(c -> {
            w.put("condition.powersOn", c.powersOn());
            w.put("condition.screen", c.screen());
            w.put("condition.body", c.body());
            w.put("condition.waterDamage", c.waterDamage());
        });
        o.quote().ifPresent(q -> {
            w.put("quote.id", q.quoteId());
            w.put("quote.modelId", q.modelId());
            w.put("quote.modelName", q.modelName());
            w.put("quote.storageGb", q.storageGb());
            w.put("quote.grade", q.grade());
            w.put("quote.currency", q.offer().currency());
            w.put("quote.base", q.basePrice().minorUnits());
            w.put("quote.offer", q.offer().minorUnits());
            w.put("quote.validUntil", q.validUntil());
            w.put("quote.priceBook", q.priceBookVersion());
            ArrayNode deductions = w.list("deduction");
            for (Quote.Deduction d : q.deductions()) {
                SnapshotJson e = SnapshotJson.element(deductions);
                e.put("reason", d.reasonKey());
                e.put("amount", d.amount().minorUnits());
            }
        });
    }

    private static void encodeTrade(SnapshotJson w, TradeState t) {
        w.put("trade.id", t.tradeId());
        w.put("trade.status", t.status());
        w.put("trade.flagged", t.flaggedForReview());
        w.put("trade.identityChecked", t.identityChecked());
        w.put("trade.reservedBin", t.reservedBin());
        w.put("trade.finishedBy", t.finishedBy());
        Erasure e = t.erasure();
        e.consent().ifPresent(c -> {
            w.put("erase.consent.at", c.consentedAt());
            w.put("erase.consent.version", c.textVersion());
            w.put("erase.consent.language", c.language());
            w.put("erase.consent.sha256", c.textSha256());
        });
        w.put("erase.stage", e.stage());
        e.acknowledgement().ifPresent(a -> {
            w.put("erase.ack.at", a.at());
            w.put("erase.ack.method", a.method());
            w.put("erase.ack.tool", a.tool());
            w.put("erase.ack.toolVersion", a.toolVersion());
            w.put("erase.ack.evidence", a.evidence());
        });
        e.verification().ifPresent(v -> {
            w.put("erase.verify.at", v.at());
            w.put("erase.verify.verified", v.verified());
            w.put("erase.verify.method", v.method());
            w.put("erase.verify.detail", v.detail());
            w.put("erase.verify.evidence", v.evidence());
        });
        t.certificate().ifPresent(c -> {
            w.put("certificate.id", c.certificateId());
            w.put("certificate.qr", c.qrPayload());
            w.put("certificate.handover", c.handover());
        });
        Deposit d = t.deposit();
        w.put("deposit.bin", d.bin());
        w.putIntegers("deposit.failedBins", d.failedBins().stream().sorted().toList());
        d.lastStatus().ifPresent(b -> {
            w.put("deposit.status.bin", b.bin());
            w.put("deposit.status.doorClosed", b.doorClosed());
            w.put("deposit.status.locked", b.locked());
            w.put("deposit.status.occupied", b.occupied());
            w.put("deposit.status.jammed", b.jammed());
            w.put("deposit.status.tamper", b.tamper());
        });
        w.put("deposit.doorOpened", d.doorOpened());
        w.put("deposit.lockRequested", d.lockRequested());
        w.put("deposit.lockedAt", d.lockedAt());
        w.put("deposit.openUntil", d.openUntil());
        t.voucher().ifPresent(v -> {
            w.put("voucher.id", v.voucherId());
            w.put("voucher.qr", v.qrPayload());
            w.put("voucher.amount", v.amount().minorUnits());
            w.put("voucher.currency", v.amount().currency());
            w.put("voucher.expiresAt", v.expiresAt());
            w.put("voucher.handover", v.handover());
        });
    }

    /**
     * Decodes a snapshot of any version ever written: JSON ({@value #FORMAT}) when the text is an
     * object, else the lines of {@value #FORMAT_1}.
     *
     * @throws IllegalArgumentException naming the first key that is missing or malformed
     */
    public static SessionSnapshot decode(String text) {
        if (text != null && text.startsWith("{")) {
            return SnapshotDecoder.decode(SnapshotJsonFields.parse(text), FORMAT);
        }
        return SnapshotDecoder.decode(SnapshotLines.parse(text), FORMAT_1);
    }
}
