package org.cleartrade.core.session;

import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.cleartrade.core.certificate.ErasureCertificate;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.session.SessionEvent.GatePassed;
import org.cleartrade.core.session.SessionEvent.GateRefused;
import org.cleartrade.core.text.PlainText;
import org.cleartrade.ports.DeviceException;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.ports.latch.BinStatus;
import org.cleartrade.ports.latch.LatchException;

/**
 * The one place that decides whether the kiosk may erase a phone: only when it can certify the
 * phone, take it and pay for it. It asks, in this order:
 *
 * <ol>
 *   <li>the phone's serial and model can be named on a certificate and kept in the ledger's columns
 *       (also checked at inspection, from the same rule, so such a phone is refused at once);
 *   <li>the ledger can record the trade;
 *   <li>the dock's erase route is there (the device-owner helper);
 *   <li>the printer can print, or the on-screen receipt is armed;
 *   <li>a bin is free in the ledger, reserved for this trade (a ledger fact the session commits),
 *       and its latch answers with the door closed, the tray empty and no fault.
 * </ol>
 *
 * It runs when the seller accepts the offer ({@link #reserve}, before anything happens, so a
 * seller is turned away with the phone untouched) and again as the first step of the erase effect
 * ({@link #recheck}), for the bin already reserved. Any "no" is a {@link GateRefused}: nothing is
 * erased.
 *
 * <p>Threading: runs on the session's device executor, like every effect.
 */
final class PreEraseGate {

    /** The width of the ledger's text columns for manufacturer and model. */
    static final int MAX_NAME_LENGTH = 200;

    /** The width of the ledger's IMEI column. */
    static final int MAX_IMEI_LENGTH = 32;

    private final SessionPorts ports;

    PreEraseGate(SessionPorts ports) {
        this.ports = ports;
    }

    /** Why a certificate could not name this phone or the ledger keep it; empty when both can. */
    static Optional<String> identityProblem(PhoneIdentity phone) {
        if (!ErasureCertificate.isCertifiableSerial(phone.serial())) {
            return Optional.of("serial of " + phone.serial().length() + " characters is not 1 to "
                    + ErasureCertificate.MAX_SERIAL_LENGTH + " printable ASCII characters");
        }
        if (!PlainText.isPlainLine(phone.manufacturer(), MAX_NAME_LENGTH)) {
            return Optional.of("manufacturer of " + phone.manufacturer().length() + " characters is not 1 to "
                    + MAX_NAME_LENGTH + " plain characters");
        }
        if (!PlainText.isPlainLine(phone.model(), MAX_NAME_LENGTH)) {
            return Optional.of("model of " + phone.model().length() + " characters is not 1 to " + MAX_NAME_LENGTH
                    + " plain characters");
        }
        if (phone.imei()
                .filter(imei -> !imei.matches("[!-~]{1," + MAX_IMEI_LENGTH + "}"))
                .isPresent()) {
            return Optional.of("IMEI is not 1 to " + MAX_IMEI_LENGTH + " printable ASCII characters");
        }
        return Optional.empty();
    }

    /** At acceptance: every check, then the free, working bin to reserve for the trade. */
    SessionEvent reserve(SessionSnapshot s, long[] device) {
        Optional<GateRefused> refused = kioskChecks(s, device);
        if (refused.isPresent()) {
            return refused.get();
        }
        try {
            OptionalInt bin = freeBin(Set.of(), OptionalInt.empty(), s.trade().tradeId(), device);
            return bin.isPresent()
                    ? new GatePassed(bin.getAsInt())
                    : new GateRefused(RefusalReason.NO_BIN_FREE, "no bin is free, empty and working");
        } catch (LatchException e) {
            return latchDown(e);
        }
    }

    /** Immediately before the erase: every check again, for the bin reserved at acceptance. */
    Optional<GateRefused> recheck(SessionSnapshot s, long[] device) {
        Optional<GateRefused> refused = kioskChecks(s, device);
        if (refused.isPresent()) {
            return refused;
        }
        String tradeId = s.trade().tradeId().orElse("");
        OptionalInt bin = s.trade().reservedBin();
        boolean held = bin.isPresent()
                && ports.ledger().binReservations().stream()
                        .anyMatch(r -> r.bin() == bin.getAsInt() && r.tradeId().equals(tradeId));
        if (!held) {
            return Optional.of(new GateRefused(
                    RefusalReason.NO_BIN_FREE, "the ledger holds no bin reserved for trade " + tradeId));
        }
        try {
            BinStatus status = EffectExecutor.timed(device, () -> ports.latch().status(bin.getAsInt()));
            return usable(status)
                    ? Optional.empty()
                    : Optional.of(new GateRefused(
                            RefusalReason.LATCH_UNAVAILABLE,
                            "reserved bin " + bin.getAsInt() + " reads " + status + " just before the erase"));
        } catch (LatchException e) {
            return Optional.of(latchDown(e));
        }
    }

    /**
     * The bin a trade's phone goes into: the one reserved for it when it is still usable, else the
     * lowest bin that the ledger holds free and the latch reads closed, empty and sound.
     *
     * @param excluded bins whose latch failed in this session
     * @throws LatchException when the latch controller does not answer
     */
    OptionalInt freeBin(Set<Integer> excluded, OptionalInt reserved, Optional<String> tradeId, long[] device) {
        Set<Integer> taken = new HashSet<>();
        for (Ledger.BinContent content : ports.ledger().binContents()) {
            if (content.tradeId().isPresent()) {
                taken.add(content.bin());
            }
        }
        for (Ledger.BinReservation reservation : ports.ledger().binReservations()) {
            if (tradeId.isEmpty() || !reservation.tradeId().equals(tradeId.get())) {
                taken.add(reservation.bin());
            }
        }
        if (reserved.isPresent() && !excluded.contains(reserved.getAsInt()) && !taken.contains(reserved.getAsInt())) {
            int bin = reserved.getAsInt();
            if (usable(EffectExecutor.timed(device, () -> ports.latch().status(bin)))) {
                return reserved;
            }
        }
        int count = EffectExecutor.timed(device, () -> ports.latch().binCount());
        for (int bin = 1; bin <= count; bin++) {
            if (excluded.contains(bin) || taken.contains(bin)) {
                continue;
            }
            int b = bin;
            if (usable(EffectExecutor.timed(device, () -> ports.latch().status(b)))) {
                return OptionalInt.of(bin);
            }
        }
        return OptionalInt.empty();
    }

    private Optional<GateRefused> kioskChecks(SessionSnapshot s, long[] device) {
        Optional<String> identity =
                s.phone().inspection().map(r -> identityProblem(r.identity()).orElse(null));
        if (s.phone().inspection().isEmpty() || identity.isPresent()) {
            return refuse(RefusalReason.PHONE_NOT_CERTIFIABLE, identity.orElse("the phone was not inspected"));
        }
        Optional<String> ledger = ports.ledger().writeProblem();
        if (ledger.isPresent()) {
            return refuse(RefusalReason.LEDGER_UNAVAILABLE, ledger.get());
        }
        Optional<String> eraseRoute = ports.dock().eraseBlocker();
        if (eraseRoute.isPresent()) {
            return refuse(RefusalReason.ERASE_ROUTE_UNAVAILABLE, eraseRoute.get());
        }
        if (!ports.screenReceipts().armed()) {
            String printer;
            try {
                var status = EffectExecutor.timed(device, () -> ports.printer().status());
                printer = status.canPrint() ? null : "the printer reports " + status;
            } catch (DeviceException e) {
                printer = "the printer does not answer: " + e.getMessage();
            }
            if (printer != null) {
                return refuse(RefusalReason.PRINTER_UNAVAILABLE, printer + ", and receipts cannot be shown on screen");
            }
        }
        return Optional.empty();
    }

    private static Optional<GateRefused> refuse(RefusalReason reason, String detail) {
        return Optional.of(new GateRefused(reason, detail));
    }

    private static GateRefused latchDown(LatchException e) {
        return new GateRefused(
                RefusalReason.LATCH_UNAVAILABLE, "the latch controller does not answer: " + e.getMessage());
    }

    private static boolean usable(BinStatus status) {
        return status.doorClosed() && !status.occupied() && !status.jammed() && !status.tamper();
    }
}
