package org.cleartrade.core.session;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cleartrade.core.backoffice.BlockList;
import org.cleartrade.core.jurisdiction.JurisdictionProfile;
import org.cleartrade.core.session.SessionEvent.EraseAcknowledged;
import org.cleartrade.core.session.SessionEvent.EraseRefused;
import org.cleartrade.core.session.SessionEvent.GateRefused;
import org.cleartrade.core.session.SessionEvent.HelperImei;
import org.cleartrade.core.session.SessionSnapshot.BlockListResult;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.ErasePreparation;
import org.cleartrade.ports.dock.EraseRefusedException;
import org.cleartrade.ports.dock.HelperRemoval;
import org.cleartrade.ports.dock.PhoneGoneException;

/**
 * The erase effect once the pre-erase gate has passed again, in the order docs/decisions/0307
 * sets: the device-owner helper is installed (the seller has consented to it), reads the IMEIs
 * adb could not, the block list is asked about them, and only then is the wipe sent. On every way
 * out that does not wipe, the helper is taken off again and the dock reads back that it is gone;
 * when it cannot, the event says so and the session alerts staff.
 *
 * <ol>
 *   <li>{@code prepareErase}: refused by the phone → removal, {@link EraseRefused};
 *   <li>IMEI check, only when inspection found none (Android 10+): blocked → removal,
 *       {@link GateRefused} IMEI_BLOCKED; unread or the list unreachable → the profile's
 *       {@code block-list.outage}: REFUSE → removal, {@link GateRefused}; ACCEPT_AND_FLAG → on;
 *   <li>{@code erase}: refused → removal, {@link EraseRefused}; acknowledged → {@link
 *       EraseAcknowledged} carrying what the helper read.
 * </ol>
 *
 * A phone that leaves mid-way raises {@link PhoneGoneException} to the executor as before.
 */
final class HelperErase {

    private static final System.Logger LOG = System.getLogger(HelperErase.class.getName());

    private final SessionPorts ports;
    private final JurisdictionProfile.BlockListOutage outage;

    HelperErase(SessionPorts ports, JurisdictionProfile.BlockListOutage outage) {
        this.ports = ports;
        this.outage = outage;
    }

    SessionEvent run(SessionSnapshot s, long[] device) {
        ErasePreparation prepared;
        try {
            prepared = EffectExecutor.timed(device, () -> ports.dock().prepareErase());
        } catch (EraseRefusedException e) {
            return refusedErase(e.getMessage(), device);
        }
        Optional<HelperImei> helperImei = Optional.empty();
        if (s.phone().blockList().orElse(null) == BlockListResult.AWAITING_HELPER) {
            Verdict verdict;
            try {
                verdict = check(prepared, device);
            } catch (RuntimeException e) {
                removeQuietly(device);
                throw e;
            }
            if (verdict.refusal().isPresent()) {
                HelperRemoval removal = remove(device);
                return new GateRefused(
                        verdict.refusal().get(), verdict.detail() + "; helper: " + removal.detail(), !removal.gone());
            }
            helperImei = Optional.of(verdict.imei());
        }
        try {
            EraseAcknowledgement ack =
                    EffectExecutor.timed(device, () -> ports.dock().erase());
            return new EraseAcknowledged(ack, helperImei);
        } catch (EraseRefusedException e) {
            return refusedErase(e.getMessage(), device);
        }
    }

    /** What the block list says about the helper's IMEIs, and whether the trade may go on. */
    private record Verdict(HelperImei imei, Optional<RefusalReason> refusal, String detail) {}

    private Verdict check(ErasePreparation prepared, long[] device) {
        List<String> imeis = prepared.imeis();
        Optional<String> first = imeis.stream().findFirst();
        Optional<String> second = imeis.stream().skip(1).findFirst();
        if (imeis.isEmpty()) {
            return unchecked(
                    first, second, RefusalReason.IMEI_UNVERIFIED, "no IMEI could be read: " + prepared.detail());
        }
        List<String> unreachable = new ArrayList<>();
        for (String imei : imeis) {
            BlockList.Answer answer =
                    EffectExecutor.timed(device, () -> ports.blockList().check(imei));
            if (answer instanceof BlockList.Answer.Blocked blocked) {
                return new Verdict(
                        new HelperImei(first, second, BlockListResult.BLOCKED),
                        Optional.of(RefusalReason.IMEI_BLOCKED),
                        "an IMEI the helper read is on the block list: " + blocked.reason());
            }
            if (answer instanceof BlockList.Answer.Unreachable u) {
                unreachable.add(u.detail());
            }
        }
        if (!unreachable.isEmpty()) {
            return unchecked(
                    first,
                    second,
                    RefusalReason.BLOCK_LIST_UNAVAILABLE,
                    "block list unreachable: " + unreachable.get(0));
        }
        return new Verdict(new HelperImei(first, second, BlockListResult.CLEAR), Optional.empty(), "clear");
    }

    private Verdict unchecked(Optional<String> first, Optional<String> second, RefusalReason reason, String detail) {
        return new Verdict(
                new HelperImei(first, second, BlockListResult.UNCHECKED_FLAGGED),
                outage == JurisdictionProfile.BlockListOutage.REFUSE ? Optional.of(reason) : Optional.empty(),
                detail);
    }

    private EraseRefused refusedErase(String reason, long[] device) {
        HelperRemoval removal = remove(device);
        return new EraseRefused(reason + "; helper: " + removal.detail(), !removal.gone());
    }

    private HelperRemoval remove(long[] device) {
        try {
            return EffectExecutor.timed(device, () -> ports.dock().removeHelper());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "removing the helper failed: " + e);
            return new HelperRemoval(false, "removal failed: " + e.getMessage());
        }
    }

    /** On a failure that is reported as itself: the helper still comes off, and the log says how. */
    private void removeQuietly(long[] device) {
        HelperRemoval removal = remove(device);
        LOG.log(removal.gone() ? Level.INFO : Level.WARNING, "helper after a failed IMEI check: " + removal.detail());
    }
}
