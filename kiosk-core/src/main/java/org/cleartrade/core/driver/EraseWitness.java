package org.cleartrade.core.driver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.cleartrade.core.certificate.ErasureCertificate;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.ErasePreparation;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.HelperRemoval;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.PhoneDock;
import org.cleartrade.ports.dock.PhoneIdentity;

/**
 * The journey driver's witness of the pre-erase gate: it stands between the session and the dock
 * and, at the moment an erase is asked for, checks against the ledger that the trade of the
 * session on the dock was accepted, names a serial and model a certificate can carry, and holds a
 * reserved bin. An erase that starts otherwise is a violation, whatever the session believed.
 */
final class EraseWitness implements PhoneDock {

    private final PhoneDock dock;
    private final Ledger ledger;
    private final Supplier<Optional<String>> currentTrade;
    private final List<String> violations = new ArrayList<>();

    /** @param currentTrade the trade id of the session now on the dock, if it has one */
    EraseWitness(PhoneDock dock, Ledger ledger, Supplier<Optional<String>> currentTrade) {
        this.dock = dock;
        this.ledger = ledger;
        this.currentTrade = currentTrade;
    }

    /** The violations seen since the last call, which clears them. */
    synchronized List<String> drain() {
        List<String> seen = List.copyOf(violations);
        violations.clear();
        return seen;
    }

    @Override
    public boolean onUsb(String serial) {
        return dock.onUsb(serial);
    }

    /** Installing the helper changes the phone: it needs the same accepted, reserved trade as the erase. */
    @Override
    public ErasePreparation prepareErase() {
        witness();
        return dock.prepareErase();
    }

    @Override
    public EraseAcknowledgement erase() {
        witness();
        return dock.erase();
    }

    @Override
    public HelperRemoval removeHelper() {
        return dock.removeHelper();
    }

    private synchronized void witness() {
        Optional<String> tradeId = currentTrade.get();
        Optional<TradeRecord> trade = tradeId.flatMap(ledger::trade);
        if (trade.isEmpty() || trade.get().status() != TradeRecord.Status.ACCEPTED) {
            violations.add("erase started without an accepted trade (" + tradeId.orElse("no trade") + ")");
            return;
        }
        TradeRecord t = trade.get();
        if (!ErasureCertificate.isCertifiableSerial(t.serial())
                || t.model().isBlank()
                || t.model().length() > 200) {
            violations.add("erase of trade " + t.tradeId() + " started with an identity no certificate can carry");
        }
        if (ledger.binReservations().stream().noneMatch(r -> r.tradeId().equals(t.tradeId()))) {
            violations.add("erase of trade " + t.tradeId() + " started without a bin reserved for it");
        }
    }

    @Override
    public DockStatus status() {
        return dock.status();
    }

    @Override
    public PhoneIdentity identify() {
        return dock.identify();
    }

    @Override
    public InspectionReport inspect() {
        return dock.inspect();
    }

    @Override
    public Optional<String> eraseBlocker() {
        return dock.eraseBlocker();
    }

    @Override
    public void release() {
        dock.release();
    }

    @Override
    public boolean remembersErase(String serial) {
        return dock.remembersErase(serial);
    }

    @Override
    public EraseVerification verifyErased(String expectedSerial, Duration timeout) {
        return dock.verifyErased(expectedSerial, timeout);
    }
}
