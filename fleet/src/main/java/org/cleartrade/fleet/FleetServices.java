package org.cleartrade.fleet;

import java.time.Clock;
import java.time.Duration;
import org.cleartrade.fleet.blocklist.BlockListRegister;
import org.cleartrade.fleet.db.FleetDatabase;
import org.cleartrade.fleet.ingest.Heartbeats;
import org.cleartrade.fleet.ingest.OutboxIngest;
import org.cleartrade.fleet.kiosks.FleetSigningKey;
import org.cleartrade.fleet.kiosks.KioskAuthenticator;
import org.cleartrade.fleet.kiosks.KioskRegistry;
import org.cleartrade.fleet.pricebook.PriceBookShelf;
import org.cleartrade.fleet.query.FleetQueries;
import org.cleartrade.fleet.staff.StaffAccounts;
import org.cleartrade.fleet.staff.StaffTokens;
import org.cleartrade.fleet.staff.WebSessions;
import org.cleartrade.fleet.vouchers.VoucherDesk;

/**
 * Everything one instance of the fleet service does, over one database and one fleet key: the
 * composition root that the server and the administration commands share.
 *
 * @param instance this instance's name, recorded with every redemption
 */
public record FleetServices(
        String instance,
        FleetSigningKey fleetKey,
        KioskRegistry kiosks,
        KioskAuthenticator kioskAuthenticator,
        OutboxIngest outbox,
        Heartbeats heartbeats,
        VoucherDesk vouchers,
        PriceBookShelf priceBooks,
        BlockListRegister blockList,
        StaffTokens staffTokens,
        StaffAccounts staffAccounts,
        WebSessions webSessions,
        FleetQueries queries) {

    /** @param maxSkew how far a kiosk's clock may be from the fleet's before its requests are refused */
    public static FleetServices of(
            FleetDatabase database, FleetSigningKey fleetKey, Clock clock, Duration maxSkew, String instance) {
        var jdbi = database.jdbi();
        KioskRegistry kiosks = new KioskRegistry(jdbi, fleetKey, clock);
        return new FleetServices(
                instance,
                fleetKey,
                kiosks,
                new KioskAuthenticator(jdbi, kiosks, clock, maxSkew),
                new OutboxIngest(jdbi, clock),
                new Heartbeats(jdbi, clock),
                new VoucherDesk(jdbi, kiosks, clock, instance),
                new PriceBookShelf(jdbi, fleetKey.publicKey(), clock),
                new BlockListRegister(jdbi, clock),
                new StaffTokens(jdbi, clock),
                new StaffAccounts(jdbi, clock, instance),
                new WebSessions(jdbi, clock),
                new FleetQueries(jdbi, clock));
    }
}
