package org.cleartrade.ui.wiring;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.cleartrade.core.backoffice.BlockList;
import org.cleartrade.core.certificate.CertificateIssuer;
import org.cleartrade.core.certificate.FileKioskKeyStore;
import org.cleartrade.core.certificate.KioskSite;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.receipt.SessionReceipts;
import org.cleartrade.core.session.IssuerCertifier;
import org.cleartrade.core.session.IssuerVoucherSigner;
import org.cleartrade.core.session.OnScreenReceipts;
import org.cleartrade.core.session.SessionPorts;
import org.cleartrade.ports.dock.PhoneDock;
import org.cleartrade.ports.latch.BinLatch;
import org.cleartrade.ports.printer.ReceiptPrinter;
import org.cleartrade.pricing.book.LivePriceBook;
import org.cleartrade.pricing.quote.BookQuoter;

/** Builds the session ports around a ledger and three devices; shared by the kiosk and the tour. */
public final class KioskPorts {

    private KioskPorts() {}

    /**
     * The session ports over a ledger, three devices, a block list and the live price book, with
     * the kiosk's signing key (created on first use in {@code dataDir/keys}) and receipts in the
     * site's zone. The seat has a screen that shows a receipt's QR when the printer fails, so the
     * on-screen receipt is armed.
     */
    public static SessionPorts of(
            Ledger ledger,
            PhoneDock dock,
            BinLatch latch,
            ReceiptPrinter printer,
            BlockList blockList,
            LivePriceBook priceBook,
            KioskSite site,
            VerificationLink link,
            Clock clock,
            Path dataDir) {
        SecureRandom random = new SecureRandom();
        CertificateIssuer issuer = new CertificateIssuer(FileKioskKeyStore.open(dataDir, random));
        return new SessionPorts(
                ledger,
                dock,
                latch,
                printer,
                blockList,
                new BookQuoter(priceBook, clock),
                new IssuerCertifier(issuer, site, clock),
                new IssuerVoucherSigner(issuer, site.kioskId(), clock, random),
                new SessionReceipts(site, clock.getZone(), link),
                OnScreenReceipts.ARMED);
    }
}
