package org.cleartrade.fleet.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cleartrade.fleet.FleetServices;
import org.cleartrade.fleet.blocklist.BlockListRegister;
import org.cleartrade.fleet.ingest.OutboxIngest;
import org.cleartrade.fleet.kiosks.KioskAuthenticator.SignedBy;
import org.cleartrade.fleet.kiosks.KioskKey;
import org.cleartrade.fleet.kiosks.KioskRegistry;
import org.cleartrade.fleet.pricebook.PriceBookShelf;
import org.cleartrade.fleet.staff.StaffTokens.Role;
import org.cleartrade.fleet.staff.StaffTokens.Staff;
import org.cleartrade.fleet.vouchers.VoucherDesk;

/** The routes of the v1 API, one short method each; what they answer is in docs/fleet-openapi.yaml. */
final class Routes {

    private final Supplier<FleetServer> server;
    private final List<String> endpoints = new ArrayList<>();

    Routes(Supplier<FleetServer> server) {
        this.server = server;
    }

    /** Every route, as {@code METHOD /path/{param}}: what docs/fleet-openapi.json must list. */
    List<String> endpoints() {
        return List.copyOf(endpoints);
    }

    void register(JavalinConfig config) {
        Registrar r = new Registrar(config);
        r.get("/v1/health", this::health);
        r.get("/v1/fleet-key", this::fleetKey);
        r.get("/v1/kiosk-keys/{keyId}", this::kioskKey);
        r.post("/v1/enrolments", this::enrol);
        r.get("/v1/certificates/{certificateId}", this::certificate);

        r.post("/v1/outbox", this::outbox);
        r.post("/v1/heartbeat", this::heartbeat);
        r.post("/v1/imei-checks", this::imeiCheck);
        r.get("/v1/price-book", this::priceBook);

        r.get("/v1/vouchers/{voucherId}/status", this::voucherStatus);
        r.post(
                "/v1/staff/sign-in",
                ctx -> StaffWeb.signIn(ctx, services(), server.get().body(ctx)));
        r.get("/v1/staff/session", ctx -> StaffWeb.current(ctx, services()));
        r.post("/v1/staff/sign-out", ctx -> StaffWeb.signOut(ctx, services()));

        r.post("/v1/vouchers/{voucherId}/check", ctx -> voucher(ctx, false));
        r.post("/v1/vouchers/{voucherId}/redeem", ctx -> voucher(ctx, true));

        r.get("/v1/kiosks", this::kiosks);
        r.get("/v1/kiosks/{kioskId}/keys", this::keyHistory);
        r.get("/v1/kiosks/{kioskId}/trades/{tradeId}", this::trade);
        r.get("/v1/alerts", this::alerts);
        r.get("/v1/bins", this::bins);
        r.get("/v1/stats/trades-per-day", this::tradesPerDay);

        r.post("/v1/enrolment-codes", this::enrolmentCode);
        r.post("/v1/kiosk-keys/{keyId}/revoke", this::revoke);
        r.post("/v1/price-books", this::publishPriceBook);
        r.post("/v1/block-list/imports", this::importBlockList);
    }

    /** Registers routes and remembers them. */
    private final class Registrar {
        private final JavalinConfig config;

        Registrar(JavalinConfig config) {
            this.config = config;
        }

        void get(String path, Handler handler) {
            endpoints.add("GET " + path);
            config.routes.get(path, handler);
        }

        void post(String path, Handler handler) {
            endpoints.add("POST " + path);
            config.routes.post(path, handler);
        }
    }

    private FleetServices services() {
        return server.get().services();
    }

    // ---- public ----

    private void health(Context ctx) {
        int one = services().queries().ping();
        ctx.json(Map.of(
                "status", one == 1 ? "ok" : "degraded", "instance", services().instance()));
    }

    private void fleetKey(Context ctx) {
        ctx.json(Map.of(
                "algorithm", "Ed25519",
                "publicKey", services().fleetKey().publicKeyBase64(),
                "pem", services().fleetKey().publicKeyPem()));
    }

    private void kioskKey(Context ctx) {
        KioskKey key = services()
                .kiosks()
                .key(ctx.pathParam("keyId"))
                .orElseThrow(() -> new ApiException(
                        404, "NO_SUCH_KEY", "the fleet never certified a key " + ctx.pathParam("keyId")));
        ctx.header("Cache-Control", "public, max-age=300").json(FleetServer.keyJson(key));
    }

    private void enrol(Context ctx) {
        ObjectNode body = FleetServer.object(server.get().body(ctx));
        byte[] publicKey = base64(body, "publicKey");
        byte[] proof = base64(body, "proof");
        KioskKey key = services()
                .kiosks()
                .enrol(JsonBodies.text(body, "kioskId", 64), JsonBodies.text(body, "code", 40), publicKey, proof);
        ctx.status(201).json(FleetServer.keyJson(key));
    }

    private void certificate(Context ctx) {
        String serial = FleetServer.query(ctx, "serial")
                .orElseThrow(() -> ApiException.badRequest("BAD_FIELD", "give the phone's serial: ?serial=..."));
        ctx.json(services()
                .queries()
                .certificate(ctx.pathParam("certificateId"), serial)
                .orElseThrow(() -> new ApiException(
                        404,
                        "NO_SUCH_CERTIFICATE",
                        "no certificate " + ctx.pathParam("certificateId") + " for a phone with that serial")));
    }

    /**
     * Whether a voucher was redeemed, by its id alone (128 random bits that only its holder knows):
     * the seller's page asks it without sending the voucher's code.
     */
    private void voucherStatus(Context ctx) {
        String id = ctx.pathParam("voucherId");
        if (!id.matches("[0-9a-f]{32}")) {
            throw ApiException.badRequest("BAD_FIELD", "a voucher id is 32 lowercase hex digits");
        }
        var redeemed = services().queries().redemption(id);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("voucherId", id);
        json.put("redeemed", redeemed.isPresent());
        json.put("redeemedAt", redeemed.map(Object::toString).orElse(null));
        ctx.header("Cache-Control", "no-store").json(json);
    }

    // ---- kiosks ----

    private void outbox(Context ctx) {
        byte[] body = server.get().body(ctx);
        SignedBy kiosk = server.get().kiosk(ctx, body);
        OutboxIngest.Stored stored = services().outbox().ingest(kiosk.kioskId(), FleetServer.object(body));
        ctx.json(Map.of("accepted", stored.accepted(), "highWater", stored.highWater()));
    }

    private void heartbeat(Context ctx) {
        byte[] body = server.get().body(ctx);
        SignedBy kiosk = server.get().kiosk(ctx, body);
        var at = services().heartbeats().record(kiosk.kioskId(), FleetServer.object(body));
        ctx.json(Map.of("receivedAt", at.toString()));
    }

    private void imeiCheck(Context ctx) {
        byte[] body = server.get().body(ctx);
        server.get().kiosk(ctx, body);
        String imei = JsonBodies.text(FleetServer.object(body), "imei", 20);
        var entry = services().blockList().check(imei);
        ctx.json(
                entry.isPresent()
                        ? Map.of("status", "blocked", "reason", entry.get().reason())
                        : Map.of("status", "clear"));
    }

    private void priceBook(Context ctx) {
        server.get().kiosk(ctx, new byte[0]);
        PriceBookShelf.Shelved book = services()
                .priceBooks()
                .current()
                .orElseThrow(() -> new ApiException(404, "NO_PRICE_BOOK", "no price book was published yet"));
        ctx.header("ETag", book.etag());
        if (book.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("application/json").result(book.envelope());
    }

    // ---- staff ----

    private void voucher(Context ctx, boolean redeem) {
        Staff staff = server.get().staff(ctx, Role.CASHIER);
        String payload = JsonBodies.text(FleetServer.object(server.get().body(ctx)), "payload", 1024);
        String voucherId = ctx.pathParam("voucherId");
        VoucherDesk.Answer answer = redeem
                ? services().vouchers().redeem(voucherId, payload, staff.name())
                : services().vouchers().check(voucherId, payload);
        ctx.status(FleetServer.status(answer.outcome())).json(FleetServer.answerJson(answer));
    }

    private void kiosks(Context ctx) {
        server.get().staff(ctx, Role.OPERATOR);
        ctx.json(Map.of("kiosks", services().queries().kiosks()));
    }

    private void keyHistory(Context ctx) {
        server.get().staff(ctx, Role.OPERATOR);
        ctx.json(Map.of(
                "keys",
                services().kiosks().keys(ctx.pathParam("kioskId")).stream()
                        .map(FleetServer::keyJson)
                        .toList()));
    }

    private void trade(Context ctx) {
        server.get().staff(ctx, Role.OPERATOR);
        ctx.json(services()
                .queries()
                .trade(ctx.pathParam("kioskId"), ctx.pathParam("tradeId"))
                .orElseThrow(() -> new ApiException(
                        404,
                        "NO_SUCH_TRADE",
                        "kiosk " + ctx.pathParam("kioskId") + " reported no trade " + ctx.pathParam("tradeId"))));
    }

    private void alerts(Context ctx) {
        server.get().staff(ctx, Role.OPERATOR);
        ctx.json(Map.of("alerts", services().queries().openAlerts(FleetServer.query(ctx, "kiosk"))));
    }

    private void bins(Context ctx) {
        server.get().staff(ctx, Role.OPERATOR);
        boolean ready =
                FleetServer.query(ctx, "ready").map(Boolean::parseBoolean).orElse(false);
        ctx.json(Map.of("bins", services().queries().occupiedBins(ready)));
    }

    private void tradesPerDay(Context ctx) {
        server.get().staff(ctx, Role.OPERATOR);
        Duration days = FleetServer.days(FleetServer.query(ctx, "days").orElse("30"));
        ctx.json(Map.of("days", services().queries().tradesPerDay((int) days.toDays())));
    }

    // ---- administrators ----

    private void enrolmentCode(Context ctx) {
        Staff staff = server.get().staff(ctx, Role.ADMIN);
        ObjectNode body = FleetServer.object(server.get().body(ctx));
        Duration validity =
                body.hasNonNull("validFor") ? parseDuration(JsonBodies.text(body, "validFor", 20)) : Duration.ofDays(1);
        KioskRegistry.IssuedCode code = services()
                .kiosks()
                .issueCode(
                        JsonBodies.text(body, "kioskId", 64),
                        JsonBodies.optionalText(body, "location", 200),
                        staff.name(),
                        validity);
        ctx.status(201)
                .json(Map.of(
                        "kioskId",
                        code.kioskId(),
                        "code",
                        code.code(),
                        "expiresAt",
                        code.expiresAt().toString()));
    }

    private void revoke(Context ctx) {
        Staff staff = server.get().staff(ctx, Role.ADMIN);
        String reason = JsonBodies.text(FleetServer.object(server.get().body(ctx)), "reason", 400);
        ctx.json(FleetServer.keyJson(services().kiosks().revoke(ctx.pathParam("keyId"), staff.name(), reason)));
    }

    private void publishPriceBook(Context ctx) {
        Staff staff = server.get().staff(ctx, Role.ADMIN);
        PriceBookShelf.Shelved book =
                services().priceBooks().publish(server.get().body(ctx), staff.name());
        ctx.status(201)
                .json(Map.of(
                        "version", book.version(), "issuedAt", book.issuedAt().toString(), "etag", book.etag()));
    }

    private void importBlockList(Context ctx) {
        Staff staff = server.get().staff(ctx, Role.ADMIN);
        BlockListRegister.Imported imported =
                services().blockList().importCsv(server.get().body(ctx), staff.name());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("importId", imported.importId());
        json.put("blocked", imported.blocked());
        json.put("cleared", imported.cleared());
        json.put("importedAt", imported.at().toString());
        json.put("importedBy", imported.by());
        ctx.status(201).json(json);
    }

    private static byte[] base64(ObjectNode body, String member) {
        try {
            return Base64.getDecoder().decode(JsonBodies.text(body, member, 200));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("BAD_FIELD", "\"" + member + "\" is not base64");
        }
    }

    private static Duration parseDuration(String text) {
        try {
            return Duration.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badRequest("BAD_FIELD", "validFor is an ISO-8601 duration such as P1D, was " + text);
        }
    }
}
