package org.cleartrade.fleet.pricebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.cleartrade.backoffice.blocklist.HttpBlockList;
import org.cleartrade.backoffice.pricebook.HttpPriceBookUpdater;
import org.cleartrade.backoffice.pricebook.PriceBookStore;
import org.cleartrade.backoffice.pricebook.SignedPriceBook;
import org.cleartrade.backoffice.pricebook.UpdateOutcome;
import org.cleartrade.core.backoffice.BlockList;
import org.cleartrade.fleet.kiosks.FleetSigningKey;
import org.cleartrade.fleet.staff.StaffTokens.Role;
import org.cleartrade.fleet.testing.FleetFixture;
import org.cleartrade.fleet.testing.SignedRequests;
import org.cleartrade.fleet.testing.SignedRequests.Answer;
import org.cleartrade.fleet.testing.TestKiosk;
import org.cleartrade.pricing.book.LivePriceBook;
import org.cleartrade.pricing.book.PriceBookParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kiosk's own price-book updater and block-list client against the fleet's database. */
class PriceBookAndBlockListTest {

    static FleetFixture fleet;
    static TestKiosk kiosk;
    static String admin;

    @BeforeAll
    static void start() {
        fleet = new FleetFixture(2, Clock.systemUTC());
        kiosk = TestKiosk.enrolled(fleet, "PB-1", 0);
        admin = fleet.token("admin-zoe", Role.ADMIN);
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    @Test
    void aPublishedBookReachesTheKioskAndIsNotSentAgainUnchanged() throws Exception {
        Answer published = post("v1/price-books", sealed("2026.12.1", "2026-12-02T00:00:00Z", fleet.fleetKey()), admin);
        assertThat(published.status()).isEqualTo(201);
        assertThat(published.json().get("version").asText()).isEqualTo("2026.12.1");

        LivePriceBook live = new LivePriceBook(PriceBookParser.parse("seed", book("seed", "2026-01-01T00:00:00Z")));
        HttpPriceBookUpdater updater = new HttpPriceBookUpdater(
                kiosk.endpoint(),
                kiosk.config().fleetKey(),
                live,
                new PriceBookStore(fleet.folder().resolve("pb-state")),
                Clock.systemUTC(),
                1024 * 1024,
                Duration.ofMinutes(15));

        assertThat(updater.refresh()).isInstanceOf(UpdateOutcome.Updated.class);
        assertThat(live.get().version()).isEqualTo("2026.12.1");
        assertThat(updater.refresh()).isInstanceOf(UpdateOutcome.Unchanged.class);
    }

    @Test
    void aBookTheKiosksWouldRefuseIsNotPublished() throws Exception {
        FleetSigningKey stranger = FleetSigningKey.open(fleet.folder().resolve("stranger.pem"), true);

        Answer foreign = post("v1/price-books", sealed("2026.12.9", "2026-12-03T00:00:00Z", stranger), admin);
        Answer again = post("v1/price-books", sealed("2026.12.5", "2026-12-02T12:00:00Z", fleet.fleetKey()), admin);
        Answer twice = post("v1/price-books", sealed("2026.12.5", "2026-12-02T12:00:00Z", fleet.fleetKey()), admin);
        Answer byCashier = post(
                "v1/price-books",
                sealed("2026.12.6", "2026-12-02T13:00:00Z", fleet.fleetKey()),
                fleet.token("cashier-bo", Role.CASHIER));

        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.json().get("message").asText()).contains("signature does not verify");
        assertThat(again.status()).isEqualTo(201);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.error()).isEqualTo("VERSION_PUBLISHED");
        assertThat(byCashier.status()).isEqualTo(403);
    }

    @Test
    void anImportedBlockListAnswersTheKiosksImeiCheckAtEveryInstance() {
        String csv = "imei,action,reason\n356938035643809,block,reported stolen 2026-11-30\n"
                + "490154203237518,block,\"lost, reported by owner\"\n";
        Answer imported = post("v1/block-list/imports", csv.getBytes(StandardCharsets.UTF_8), admin);
        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.json().get("blocked").asInt()).isEqualTo(2);
        assertThat(imported.json().get("importedBy").asText()).isEqualTo("admin-zoe");

        HttpBlockList atFirst = new HttpBlockList(kiosk.endpoint(), Duration.ofSeconds(5));
        assertThat(atFirst.check("356938035643809"))
                .isEqualTo(new BlockList.Answer.Blocked("reported stolen 2026-11-30"));
        assertThat(atFirst.check("490154203237518")).isEqualTo(new BlockList.Answer.Blocked("lost, reported by owner"));
        assertThat(atFirst.check("353918050360409")).isEqualTo(new BlockList.Answer.Clear());

        post(
                "v1/block-list/imports",
                "imei,action,reason\n490154203237518,clear,\n".getBytes(StandardCharsets.UTF_8),
                admin);
        assertThat(atFirst.check("490154203237518")).isEqualTo(new BlockList.Answer.Clear());
        long imports = fleet.db()
                .jdbi()
                .withHandle(
                        h -> h.createQuery("SELECT count(*) FROM block_list_imports WHERE imported_by = 'admin-zoe'")
                                .mapTo(Long.class)
                                .one());
        assertThat(imports).isEqualTo(2);
    }

    @Test
    void aFileWithBadLinesChangesNothingAndNamesEveryBadLine() {
        String csv = "imei,action,reason\n356938035643800,block,bad check digit\n12345,block,short\n"
                + "353918050360409,block,\n353918050360409,steal,x\n";

        Answer refused = post("v1/block-list/imports", csv.getBytes(StandardCharsets.UTF_8), admin);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("message").asText())
                .contains("line 2")
                .contains("line 3")
                .contains("line 4: a block needs a reason")
                .contains("line 5: action must be block or clear");
        assertThat(new HttpBlockList(kiosk.endpoint(), Duration.ofSeconds(5)).check("353918050360409"))
                .isEqualTo(new BlockList.Answer.Clear());
    }

    private static byte[] sealed(String version, String issued, FleetSigningKey key) {
        return SignedPriceBook.seal(book(version, issued).getBytes(StandardCharsets.UTF_8), key.privateKey());
    }

    private static String book(String version, String issued) {
        return "cleartrade-price-book\t1\nversion\t" + version + "\nissued\t" + issued + "\ncurrencies\tEUR\n"
                + "model\tm0\tAcme\tOne\t2024\nsku\tm0\t128\t100.00\n";
    }

    private static Answer post(String path, byte[] body, String token) {
        return SignedRequests.call(new Request.Builder()
                .url(fleet.url(1) + path)
                .header("Authorization", "Bearer " + token)
                .post(RequestBody.create(body, MediaType.get("application/octet-stream")))
                .build());
    }
}
