package org.cleartrade.fleet.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cleartrade.fleet.FleetServices;
import org.cleartrade.fleet.kiosks.KioskAuthenticator.SignedBy;
import org.cleartrade.fleet.kiosks.KioskKey;
import org.cleartrade.fleet.staff.StaffTokens.Role;
import org.cleartrade.fleet.staff.StaffTokens.Staff;
import org.cleartrade.fleet.staff.WebSessions;
import org.cleartrade.fleet.vouchers.VoucherDesk;
import org.jdbi.v3.core.ConnectionException;

/**
 * The fleet's HTTP API (docs/fleet.md, docs/fleet-openapi.yaml) on Javalin. Three kinds of caller:
 *
 * <ul>
 *   <li>anyone: the fleet key, kiosk key certificates, enrolment (with a one-time code), a
 *       certificate looked up by id and serial, health;
 *   <li>kiosks, each request signed with the kiosk key: outbox, heartbeat, IMEI checks, price book;
 *   <li>staff, with a bearer token: cashiers redeem vouchers; operators also read the fleet's state;
 *       administrators also issue codes, revoke keys, publish price books and import block lists.
 * </ul>
 *
 * Every refusal is {@code {"error":"CODE","message":"..."}} with a fitting status. A database
 * that cannot be reached is {@code 503 DATABASE_UNAVAILABLE}: the caller tries again later, and
 * nothing was acknowledged. Bodies over the limit are refused with {@code 413 TOO_LARGE} before
 * they are read whole.
 *
 * <p>The instance keeps no state between requests: any number of instances serve one database.
 */
public final class FleetServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FleetServer.class.getName());

    private final FleetServices services;
    private final long maxBodyBytes;
    private final Javalin app;
    private final Routes routes;

    private FleetServer(FleetServices services, long maxBodyBytes, Javalin app, Routes routes) {
        this.services = services;
        this.maxBodyBytes = maxBodyBytes;
        this.app = app;
        this.routes = routes;
    }

    /** Starts serving on {@code host:port} (port 0: a free one). */
    public static FleetServer start(FleetServices services, String host, int port, long maxBodyBytes) {
        ObjectMapper json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        FleetServer[] self = new FleetServer[1];
        Routes routes = new Routes(() -> self[0]);
        Javalin app = Javalin.create(config -> {
            config.jetty.host = host;
            config.jetty.port = port;
            config.http.maxRequestSize = maxBodyBytes;
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e));
            config.routes.exception(
                    HttpResponseException.class,
                    (e, ctx) -> error(
                            ctx,
                            new ApiException(
                                    e.getStatus(),
                                    switch (e.getStatus()) {
                                        case 404 -> "NOT_FOUND";
                                        case 405 -> "METHOD_NOT_ALLOWED";
                                        case 413 -> "TOO_LARGE";
                                        default -> "HTTP_" + e.getStatus();
                                    },
                                    String.valueOf(e.getMessage()))));
            config.routes.exception(ConnectionException.class, (e, ctx) -> unavailable(ctx, e));
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (databaseDown(e)) {
                    unavailable(ctx, e);
                } else {
                    LOG.log(Level.ERROR, "request " + ctx.method() + " " + ctx.path() + " failed", e);
                    error(ctx, new ApiException(500, "INTERNAL", "the fleet could not answer; nothing was stored"));
                }
            });
            config.routes.error(404, "*", ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error(ctx, new ApiException(404, "NOT_FOUND", "no such resource: " + ctx.path()));
                }
            });
            routes.register(config);
            new WebPages(services.fleetKey().publicKeyBase64()).register(config);
        });
        FleetServer server = new FleetServer(services, maxBodyBytes, app, routes);
        self[0] = server;
        app.start();
        return server;
    }

    public int port() {
        return app.port();
    }

    /** Every route this server answers, as {@code METHOD /path/{param}}. */
    public java.util.List<String> endpoints() {
        return routes.endpoints();
    }

    @Override
    public void close() {
        app.stop();
    }

    FleetServices services() {
        return services;
    }

    // ---- what every route needs ----

    /** The body, read up to the limit: a longer one is 413 before it is read whole. */
    byte[] body(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw tooLarge(declared);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) maxBodyBytes + 1);
            if (bytes.length > maxBodyBytes) {
                throw tooLarge(-1);
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("UNREADABLE_BODY", "the body could not be read: " + e.getMessage());
        }
    }

    private ApiException tooLarge(long declared) {
        return new ApiException(
                413,
                "TOO_LARGE",
                "the body " + (declared > 0 ? "of " + declared + " bytes " : "") + "is over the limit of "
                        + maxBodyBytes + " bytes; send smaller batches");
    }

    /** Checks the kiosk's signature over this exact request. */
    SignedBy kiosk(Context ctx, byte[] body) {
        return services.kioskAuthenticator().authenticate(ctx.method().name(), ctx.path(), ctx::header, body);
    }

    /**
     * The staff member behind the request, allowed {@code needed} or more: a program's bearer token,
     * or a signed-in browser's session cookie. A browser's request that changes anything (any method
     * but GET) must carry the session's CSRF token in {@code X-CSRF-Token}.
     */
    Staff staff(Context ctx, Role needed) {
        String header = ctx.header("Authorization");
        Staff staff;
        if (header == null && ctx.cookie(StaffWeb.COOKIE) != null) {
            WebSessions.Session session = StaffWeb.session(ctx, services.webSessions());
            if (!ctx.method().name().equals("GET") && !session.csrfMatches(ctx.header(StaffWeb.CSRF_HEADER))) {
                throw new ApiException(403, "CSRF", "this request lacks the page's CSRF token; reload the page");
            }
            staff = session.staff();
        } else if (header == null || !header.startsWith("Bearer ")) {
            throw new ApiException(401, "NO_TOKEN", "staff requests need Authorization: Bearer <token> or a sign-in");
        } else {
            staff = services.staffTokens()
                    .find(header.substring("Bearer ".length()).strip())
                    .orElseThrow(() -> new ApiException(401, "BAD_TOKEN", "this token is unknown or revoked"));
        }
        if (!staff.role().covers(needed)) {
            throw new ApiException(403, "FORBIDDEN", staff.name() + " is " + staff.role() + "; this needs " + needed);
        }
        return staff;
    }

    static void error(Context ctx, ApiException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.code());
        body.put("message", e.getMessage());
        body.putAll(e.extra());
        ctx.status(e.status()).json(body);
    }

    private static void unavailable(Context ctx, Exception e) {
        LOG.log(Level.WARNING, "database unavailable for " + ctx.method() + " " + ctx.path() + ": " + e.getMessage());
        ctx.header("Retry-After", "5");
        error(
                ctx,
                new ApiException(
                        503,
                        "DATABASE_UNAVAILABLE",
                        "the fleet's database cannot be reached; nothing" + " was stored; try again shortly"));
    }

    /** A lost connection or a server shutting down, anywhere in the cause chain. */
    static boolean databaseDown(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof ConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    static Map<String, Object> keyJson(KioskKey key) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kioskId", key.kioskId());
        json.put("keyId", key.keyId());
        json.put("publicKey", Base64.getEncoder().encodeToString(key.publicKey()));
        json.put("certificate", key.certificate());
        json.put("signature", key.signature());
        json.put("certifiedAt", key.certifiedAt().toString());
        json.put("status", key.status().name());
        json.put("retiredAt", key.retiredAt().map(Object::toString).orElse(null));
        json.put("revokeReason", key.revokeReason().orElse(null));
        return json;
    }

    static Map<String, Object> answerJson(VoucherDesk.Answer answer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("outcome", answer.outcome().name());
        json.put("message", answer.message());
        answer.voucher().ifPresent(v -> {
            Map<String, Object> voucher = new LinkedHashMap<>();
            voucher.put("voucherId", v.voucherId());
            voucher.put("kioskId", v.kioskId());
            voucher.put("tradeId", v.tradeId());
            voucher.put("amountMinor", v.amount().minorUnits());
            voucher.put("currency", v.amount().currency());
            voucher.put("issuedAt", v.issuedAt().toString());
            voucher.put("expiresAt", v.expiresAt().toString());
            json.put("voucher", voucher);
        });
        answer.redemption()
                .ifPresent(r -> json.put(
                        "redemption", Map.of("at", r.at().toString(), "by", r.by(), "instance", r.instance())));
        return json;
    }

    static int status(VoucherDesk.Outcome outcome) {
        return switch (outcome) {
            case VALID, REDEEMED -> 200;
            case ALREADY_REDEEMED -> 409;
            case MALFORMED, WRONG_VOUCHER -> 400;
            default -> 422;
        };
    }

    static ObjectNode object(byte[] body) {
        return JsonBodies.object(body);
    }

    static Optional<String> query(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(v -> !v.isBlank());
    }

    static Duration days(String text) {
        try {
            int days = Integer.parseInt(text);
            if (days < 1 || days > 366) {
                throw new NumberFormatException();
            }
            return Duration.ofDays(days);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("BAD_FIELD", "days must be 1 to 366, was " + text);
        }
    }
}
