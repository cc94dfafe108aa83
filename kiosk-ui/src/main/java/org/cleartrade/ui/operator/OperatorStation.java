package org.cleartrade.ui.operator;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.cleartrade.backoffice.pricebook.PriceBookStatus;
import org.cleartrade.core.certificate.FileKioskKeyStore;
import org.cleartrade.core.certificate.KioskSite;
import org.cleartrade.core.certificate.PayloadSigner;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.export.RecordExport;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.core.ledger.LedgerHistory;
import org.cleartrade.core.operator.BoltWatch;
import org.cleartrade.core.operator.DeviceSelfTest;
import org.cleartrade.core.operator.Ed25519ManifestSigner;
import org.cleartrade.core.operator.JournalReprints;
import org.cleartrade.core.operator.LockoutPolicy;
import org.cleartrade.core.operator.OperatorAccounts;
import org.cleartrade.core.operator.OperatorRunner;
import org.cleartrade.core.operator.Pbkdf2PinHasher;
import org.cleartrade.core.operator.PinLogin;
import org.cleartrade.core.readiness.StartupDeviceCheck;
import org.cleartrade.core.readiness.TradingHold;
import org.cleartrade.core.receipt.PrintedManifests;
import org.cleartrade.core.receipt.ReceiptCopy;
import org.cleartrade.core.receipt.SessionReceipts;
import org.cleartrade.core.session.ReceiptComposer;
import org.cleartrade.ledger.h2.H2Ledger;
import org.cleartrade.ports.latch.BinLatch;
import org.cleartrade.ports.printer.ReceiptPrinter;
import org.cleartrade.pricing.book.PriceBook;

/**
 * The operator side of the composition root: the console over the kiosk's ledger, latch, printer
 * and signing key, the folder exports go to, and in demo mode the two demo staff accounts.
 *
 * <p>Threading: the console is used by one thread at a time, the UI's background executor.
 */
public final class OperatorStation {

    private static final System.Logger LOG = System.getLogger(OperatorStation.class.getName());

    /** Signs the operator out after this long without a touch. */
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(2);

    /**
     * What the station is built from.
     *
     * @param ledger the journal and custody records; {@code history} and {@code accounts} are the
     *     same database in the kiosk
     * @param kioskKey the key that signs certificates, vouchers and manifests
     * @param composer lays out reprinted receipts exactly as the session did
     * @param priceBook the price book in force and how the kiosk got it, for the service screen
     */
    public record Parts(
            Ledger ledger,
            LedgerHistory history,
            OperatorAccounts accounts,
            BinLatch latch,
            ReceiptPrinter printer,
            PayloadSigner kioskKey,
            ReceiptComposer composer,
            String kioskId,
            Clock clock,
            Pbkdf2PinHasher hasher,
            BoltWatch bolts,
            Path exportFolder,
            Supplier<PriceBookStatus> priceBook) {
        public Parts {
            Objects.requireNonNull(ledger, "ledger");
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(accounts, "accounts");
            Objects.requireNonNull(latch, "latch");
            Objects.requireNonNull(printer, "printer");
            Objects.requireNonNull(kioskKey, "kioskKey");
            Objects.requireNonNull(composer, "composer");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(hasher, "hasher");
            Objects.requireNonNull(bolts, "bolts");
            Objects.requireNonNull(exportFolder, "exportFolder");
            Objects.requireNonNull(priceBook, "priceBook");
        }
    }

    private final OperatorRunner console;
    private final TradingHold trading;
    private final Clock clock;
    private final Path exportFolder;
    private final Supplier<PriceBookStatus> priceBook;
    private final List<DemoOperators.Credential> demoCredentials;

    private OperatorStation(
            OperatorRunner console,
            TradingHold trading,
            Clock clock,
            Path exportFolder,
            Supplier<PriceBookStatus> priceBook,
            List<DemoOperators.Credential> demoCredentials) {
        this.console = console;
        this.trading = trading;
        this.clock = clock;
        this.exportFolder = exportFolder;
        this.priceBook = priceBook;
        this.demoCredentials = List.copyOf(demoCredentials);
    }

    public static OperatorStation assemble(Parts p, List<DemoOperators.Credential> demoCredentials) {
        OperatorRunner console = new OperatorRunner(new OperatorRunner.Context(
                new PinLogin(p.accounts(), p.hasher(), LockoutPolicy.DEFAULT, p.clock()),
                p.ledger(),
                p.latch(),
                new Ed25519ManifestSigner(p.kioskKey()),
                new PrintedManifests(
                        p.printer(), ReceiptCopy.forLanguage("en", p.clock().getZone())),
                new DeviceSelfTest(p.printer(), p.latch(), p.clock(), p.kioskId(), p.bolts()),
                new JournalReprints(p.ledger(), p.composer(), p.printer()),
                new RecordExport(p.history()),
                p.bolts(),
                p.clock(),
                IDLE_TIMEOUT,
                p.kioskId(),
                () -> UUID.randomUUID().toString()));
        TradingHold trading = new TradingHold(
                new StartupDeviceCheck(p.latch(), p.printer()),
                p.ledger(),
                p.clock(),
                () -> UUID.randomUUID().toString());
        return new OperatorStation(console, trading, p.clock(), p.exportFolder(), p.priceBook(), demoCredentials);
    }

    /**
     * The kiosk's station: the same key folder as the session's signer ({@code dataDir/keys}), exports under {@code
     * dataDir/exports}, and with {@code demo} the demo staff seeded on first start; without it, demo
     * staff a demo run left in the folder are removed (audited).
     */
    public static OperatorStation forKiosk(
            H2Ledger ledger,
            BinLatch latch,
            ReceiptPrinter printer,
            KioskSite site,
            VerificationLink link,
            Clock clock,
            Path dataDir,
            Supplier<PriceBookStatus> priceBook,
            boolean demo) {
        SecureRandom random = new SecureRandom();
        Pbkdf2PinHasher hasher = new Pbkdf2PinHasher(Pbkdf2PinHasher.RECOMMENDED_ITERATIONS, random);
        Path demoFile = dataDir.resolve(DemoOperators.FILE_NAME);
        List<DemoOperators.Credential> credentials = List.of();
        if (demo) {
            credentials = DemoOperators.seed(ledger, hasher, demoFile, random);
        } else if (DemoOperators.retire(ledger, ledger, demoFile, clock) > 0) {
            LOG.log(System.Logger.Level.WARNING, "demo staff accounts removed: this data folder ran in demo mode");
        }
        return assemble(
                new Parts(
                        ledger,
                        ledger,
                        ledger,
                        latch,
                        printer,
                        FileKioskKeyStore.open(dataDir, random),
                        new SessionReceipts(site, clock.getZone(), link),
                        site.kioskId(),
                        clock,
                        hasher,
                        BoltWatch.sleeping(),
                        dataDir.resolve("exports"),
                        priceBook),
                credentials);
    }

    public OperatorRunner console() {
        return console;
    }

    /**
     * Whether the latch and printer let the kiosk trade: checked at start, again when staff ask,
     * and acknowledged by staff for printer problems.
     */
    public TradingHold trading() {
        return trading;
    }

    public Clock clock() {
        return clock;
    }

    /** Where exports go unless the operator names another folder. */
    public Path exportFolder() {
        return exportFolder;
    }

    /** The price book in force now: version, age, and whether the fleet service was reached. */
    public PriceBookStatus priceBook() {
        return priceBook.get();
    }

    /** The status of a book that came with the kiosk software, for a kiosk with no fleet service. */
    public static PriceBookStatus shipped(PriceBook book) {
        return new PriceBookStatus(
                book.version(),
                book.issuedAt(),
                book.notice(),
                PriceBookStatus.Source.SEED,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** The demo staff and their PINs; always empty in kiosk mode. */
    public List<DemoOperators.Credential> demoCredentials() {
        return demoCredentials;
    }
}
