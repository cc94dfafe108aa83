package org.cleartrade.backoffice;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.cleartrade.backoffice.blocklist.HttpBlockList;
import org.cleartrade.backoffice.outbox.HttpHeartbeat;
import org.cleartrade.backoffice.outbox.HttpOutboxUploader;
import org.cleartrade.backoffice.pricebook.HttpPriceBookUpdater;
import org.cleartrade.backoffice.pricebook.PriceBookStore;
import org.cleartrade.core.backoffice.BlockList;
import org.cleartrade.core.certificate.PayloadSigner;
import org.cleartrade.core.ledger.HighWaterMark;
import org.cleartrade.core.ledger.Ledger;
import org.cleartrade.pricing.book.LivePriceBook;

/**
 * Everything the kiosk says to its fleet service, built from one {@link BackOfficeConfig}: the
 * block list the session asks, the price-book updater behind the operator screen, and the periodic
 * work (price-book refresh, outbox upload, heartbeat).
 *
 * <p>Lifecycle: construct; {@link #restorePriceBook()} once before the first quote; then {@link
 * #start(ScheduledExecutorService)} with a scheduler the composition root owns and shuts down.
 * Each periodic task catches and logs its own failure so the next run still happens; failures of
 * the price book are also visible in {@code priceBooks().status()}.
 */
public final class HttpBackOffice {

    private static final System.Logger LOG = System.getLogger(HttpBackOffice.class.getName());

    /** A piece of periodic work and how long to wait between two runs. */
    public record PeriodicTask(String name, Duration delay, Runnable run) {}

    private final HttpBlockList blockList;
    private final HttpPriceBookUpdater priceBooks;
    private final HttpOutboxUploader outbox;
    private final HttpHeartbeat heartbeat;
    private final BackOfficeConfig config;

    /** @param kioskKey signs every request to the fleet: the key the fleet certified at enrolment */
    public HttpBackOffice(
            BackOfficeConfig config, LivePriceBook live, Ledger ledger, PayloadSigner kioskKey, Clock clock) {
        this(config, live, ledger, Optional::empty, kioskKey, clock);
    }

    /** @param ledgerMark the ledger's high-water mark, reported in every heartbeat */
    public HttpBackOffice(
            BackOfficeConfig config,
            LivePriceBook live,
            Ledger ledger,
            Supplier<Optional<HighWaterMark>> ledgerMark,
            PayloadSigner kioskKey,
            Clock clock) {
        this.config = config;
        FleetEndpoint endpoint = new FleetEndpoint(config, kioskKey, clock);
        this.blockList = new HttpBlockList(endpoint, config.blockListTimeout());
        this.priceBooks = new HttpPriceBookUpdater(
                endpoint,
                config.fleetKey(),
                live,
                new PriceBookStore(config.stateDir()),
                clock,
                config.maxPriceBookBytes(),
                config.maxFutureSkew());
        this.outbox = new HttpOutboxUploader(endpoint, ledger, config.kioskId(), 100);
        this.heartbeat = new HttpHeartbeat(endpoint, config.kioskId(), priceBooks::status, ledgerMark, clock);
    }

    public BlockList blockList() {
        return blockList;
    }

    public HttpPriceBookUpdater priceBooks() {
        return priceBooks;
    }

    /** Puts the last good downloaded book in force, if it is newer than the seed. */
    public void restorePriceBook() {
        priceBooks.restore();
    }

    /**
     * Refresh the price book, upload the outbox, beat; by default hourly, every minute and every
     * five minutes ({@code backoffice.interval.*}).
     */
    public List<PeriodicTask> tasks() {
        return List.of(
                new PeriodicTask("price-book refresh", config.priceBookInterval(), priceBooks::refresh),
                new PeriodicTask("outbox upload", config.outboxInterval(), this::uploadOutbox),
                new PeriodicTask("heartbeat", config.heartbeatInterval(), this::beat));
    }

    /** Schedules every task, the first run of each at once. */
    public void start(ScheduledExecutorService scheduler) {
        for (PeriodicTask task : tasks()) {
            scheduler.scheduleWithFixedDelay(
                    () -> runLogged(task), 0, task.delay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void uploadOutbox() {
        try {
            // A bounded number of batches per run: a back office that accepts nothing cannot spin us.
            for (int batch = 0; batch < 20 && outbox.uploadBatch() > 0; batch++) {
                LOG.log(Level.DEBUG, "outbox batch {0} sent", batch + 1);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "outbox upload failed, retried next period: {0}", e.getMessage());
        }
    }

    private void beat() {
        try {
            heartbeat.beat();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "heartbeat failed: {0}", e.getMessage());
        }
    }

    private static void runLogged(PeriodicTask task) {
        try {
            task.run().run();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; log it and keep the schedule alive.
            LOG.log(Level.ERROR, "back-office task \"" + task.name() + "\" failed", e);
        }
    }
}
