package org.cleartrade.core.operator;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cleartrade.core.ledger.JournalEntry;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.session.ReceiptComposer;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.core.session.SnapshotCodec;
import org.cleartrade.ports.printer.ReceiptPrinter;

/**
 * Reprints a trade's receipts exactly as the seller got them: finds the trade's session in the
 * ledger, takes the latest journaled snapshot that holds the certificate, and lays out the
 * certificate (and the voucher, when one was issued) with the same composer the session used.
 *
 * <p>Threading: called on the operator console's worker thread.
 */
public final class JournalReprints implements Reprints {

    private final Ledger ledger;
    private final ReceiptComposer composer;
    private final ReceiptPrinter printer;

    public JournalReprints(Ledger ledger, ReceiptComposer composer, ReceiptPrinter printer) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.printer = Objects.requireNonNull(printer, "printer");
    }

    /**
     * @throws IllegalArgumentException when the ledger holds no journaled certificate for the trade
     * @throws org.cleartrade.ports.DeviceException when the printer cannot print
     */
    @Override
    public void reprint(String tradeId) {
        SessionSnapshot snapshot = latestWithCertificate(tradeId)
                .orElseThrow(() -> new IllegalArgumentException("no journaled certificate for trade " + tradeId));
        printer.print(composer.certificate(snapshot));
        if (snapshot.trade().voucher().isPresent()) {
            printer.print(composer.voucher(snapshot));
        }
    }

    private Optional<SessionSnapshot> latestWithCertificate(String tradeId) {
        Optional<String> sessionId = ledger.trade(tradeId).map(t -> t.sessionId());
        if (sessionId.isEmpty()) {
            return Optional.empty();
        }
        List<JournalEntry> journal = ledger.journal(sessionId.get());
        for (int i = journal.size() - 1; i >= 0; i--) {
            SessionSnapshot snapshot = SnapshotCodec.decode(journal.get(i).snapshot());
            if (snapshot.trade().certificate().isPresent()) {
                return Optional.of(snapshot);
            }
        }
        return Optional.empty();
    }
}
