package org.cleartrade.fleet.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.cleartrade.backoffice.enrolment.FleetEnrolment;
import org.cleartrade.backoffice.pricebook.SignedPriceBook;
import org.cleartrade.backoffice.wire.KioskKeyCertificate;
import org.cleartrade.core.certificate.QrPayloadCodec;
import org.cleartrade.core.certificate.Voucher;
import org.cleartrade.core.driver.EphemeralSigner;
import org.cleartrade.fleet.staff.StaffTokens.Role;
import org.cleartrade.fleet.testing.FleetFixture;
import org.cleartrade.fleet.testing.Golden;
import org.cleartrade.fleet.testing.SignedRequests;
import org.cleartrade.fleet.testing.SignedRequests.Answer;
import org.cleartrade.pricing.quote.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/fleet-openapi.json against a running server: the same routes on both sides, and the
 * answers of a whole scenario (every route, refusals included) valid against the documented
 * status and schema.
 */
class OpenApiContractTest {

    static FleetFixture fleet;
    static JsonNode spec;

    @BeforeAll
    static void start() throws Exception {
        fleet = new FleetFixture();
        spec = JsonBodies.JSON.readTree(
                Files.readAllBytes(Path.of(System.getProperty("fleet.openapi", "../docs/fleet-openapi.json"))));
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    @Test
    void theDocumentAndTheServerHaveTheSameRoutes() {
        Set<String> documented = new TreeSet<>();
        spec.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue()
                        .fieldNames()
                        .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));

        assertThat(documented).isEqualTo(new TreeSet<>(fleet.server(0).endpoints()));
    }

    @Test
    void everyAnswerOfAWholeScenarioIsDocumented() throws Exception {
        List<String> problems = new ArrayList<>();
        String admin = fleet.token("admin", Role.ADMIN);
        String operator = fleet.token("operator", Role.OPERATOR);
        String cashier = fleet.token("cashier", Role.CASHIER);

        check(problems, "GET", "/v1/health", get("v1/health", null));
        check(problems, "GET", "/v1/fleet-key", get("v1/fleet-key", null));
        Answer code = post("v1/enrolment-codes", "{\"kioskId\":\"API-1\",\"location\":\"Mall\"}", admin);
        check(problems, "POST", "/v1/enrolment-codes", code);
        check(problems, "POST", "/v1/enrolment-codes", post("v1/enrolment-codes", "{\"kioskId\":\"bad id\"}", admin));

        EphemeralSigner key = new EphemeralSigner();
        String raw = Base64.getEncoder().encodeToString(KioskKeyCertificate.rawKey(key.publicKey()));
        String codeText = code.json().get("code").asText();
        String proof = Base64.getEncoder().encodeToString(key.sign(FleetEnrolment.proofText("API-1", codeText, raw)));
        check(
                problems,
                "POST",
                "/v1/enrolments",
                post(
                        "v1/enrolments",
                        "{\"kioskId\":\"API-1\",\"code\":\"" + codeText
                                + "\",\"publicKey\":\"" + raw + "\",\"proof\":\""
                                + Base64.getEncoder().encodeToString(new byte[64])
                                + "\"}",
                        null));
        check(
                problems,
                "POST",
                "/v1/enrolments",
                post(
                        "v1/enrolments",
                        "{\"kioskId\":\"API-1\",\"code\":\"" + codeText + "\",\"publicKey\":\"" + raw
                                + "\",\"proof\":\"" + proof + "\"}",
                        null));
        check(problems, "GET", "/v1/kiosk-keys/{keyId}", get("v1/kiosk-keys/" + key.keyId(), null));
        check(problems, "GET", "/v1/kiosk-keys/{keyId}", get("v1/kiosk-keys/0000000000000000", null));

        String documents =
                "{\"kioskId\":\"API-1\",\"documents\":[" + entry(1, "trade.v1") + "," + entry(2, "certificate.v1") + ","
                        + entry(3, "bin-state-binned.v1") + "," + entry(4, "alert.v1") + "]}";
        check(problems, "POST", "/v1/outbox", signed("v1/outbox", key, documents));
        check(
                problems,
                "POST",
                "/v1/outbox",
                signed(
                        "v1/outbox",
                        key,
                        documents
                                .replace("\"seq\":1,", "\"seq\":9,")
                                .replace("\"seq\":2,", "\"seq\":10,")
                                .replace("\"seq\":3,", "\"seq\":11,")
                                .replace("\"seq\":4,", "\"seq\":12,")));
        check(problems, "POST", "/v1/outbox", post("v1/outbox", documents, null));
        check(
                problems,
                "POST",
                "/v1/heartbeat",
                signed("v1/heartbeat", key, Golden.document("heartbeat.v1").replace("MALL-07", "API-1")));
        check(problems, "POST", "/v1/imei-checks", signed("v1/imei-checks", key, "{\"imei\":\"356938035643809\"}"));
        check(problems, "POST", "/v1/imei-checks", signed("v1/imei-checks", key, "{\"imei\":\"12\"}"));

        check(problems, "GET", "/v1/price-book", signedGet("v1/price-book", key));
        String book = "cleartrade-price-book\t1\nversion\tapi-1\nissued\t2026-12-02T00:00:00Z\ncurrencies\tEUR\n"
                + "model\tm0\tAcme\tOne\t2024\nsku\tm0\t128\t100.00\n";
        byte[] sealed = SignedPriceBook.seal(
                book.getBytes(StandardCharsets.UTF_8), fleet.fleetKey().privateKey());
        check(
                problems,
                "POST",
                "/v1/price-books",
                post("v1/price-books", new String(sealed, StandardCharsets.UTF_8), admin));
        check(
                problems,
                "POST",
                "/v1/price-books",
                post("v1/price-books", new String(sealed, StandardCharsets.UTF_8), admin));
        check(problems, "GET", "/v1/price-book", signedGet("v1/price-book", key));
        check(
                problems,
                "POST",
                "/v1/block-list/imports",
                post("v1/block-list/imports", "imei,action,reason\n356938035643809,block,stolen\n", admin));
        check(problems, "POST", "/v1/block-list/imports", post("v1/block-list/imports", "nonsense", admin));

        Voucher voucher = Voucher.issue(
                "T-API", new Money(24000, "EUR"), "API-1", Instant.now(), Duration.ofDays(30), new SecureRandom());
        String payload = "{\"payload\":\"" + QrPayloadCodec.encodeVoucher(voucher, key) + "\"}";
        String voucherPath = "v1/vouchers/" + voucher.voucherId();
        check(problems, "POST", "/v1/vouchers/{voucherId}/check", post(voucherPath + "/check", payload, cashier));
        check(problems, "POST", "/v1/vouchers/{voucherId}/redeem", post(voucherPath + "/redeem", payload, cashier));
        check(problems, "POST", "/v1/vouchers/{voucherId}/redeem", post(voucherPath + "/redeem", payload, cashier));
        check(
                problems,
                "POST",
                "/v1/vouchers/{voucherId}/redeem",
                post(voucherPath + "/redeem", "{\"payload\":\"CT:x\"}", cashier));
        check(problems, "POST", "/v1/vouchers/{voucherId}/redeem", post(voucherPath + "/redeem", payload, null));

        check(problems, "GET", "/v1/kiosks", get("v1/kiosks", operator));
        check(problems, "GET", "/v1/kiosks", get("v1/kiosks", cashier));
        check(problems, "GET", "/v1/kiosks/{kioskId}/keys", get("v1/kiosks/API-1/keys", operator));
        check(
                problems,
                "GET",
                "/v1/kiosks/{kioskId}/trades/{tradeId}",
                get("v1/kiosks/API-1/trades/T-20261204-0007", operator));
        check(problems, "GET", "/v1/kiosks/{kioskId}/trades/{tradeId}", get("v1/kiosks/API-1/trades/nope", operator));
        check(problems, "GET", "/v1/alerts", get("v1/alerts", operator));
        check(problems, "GET", "/v1/bins", get("v1/bins?ready=false", operator));
        check(problems, "GET", "/v1/stats/trades-per-day", get("v1/stats/trades-per-day?days=3650", operator));
        check(problems, "GET", "/v1/stats/trades-per-day", get("v1/stats/trades-per-day?days=7", operator));
        check(
                problems,
                "GET",
                "/v1/certificates/{certificateId}",
                get("v1/certificates/C-20261204-0007?serial=29041FDH2000AB", null));
        check(
                problems,
                "GET",
                "/v1/certificates/{certificateId}",
                get("v1/certificates/C-20261204-0007?serial=SOMEONE-ELSES", null));
        check(
                problems,
                "POST",
                "/v1/kiosk-keys/{keyId}/revoke",
                post("v1/kiosk-keys/" + key.keyId() + "/revoke", "{\"reason\":\"end of the test\"}", admin));

        assertThat(problems).isEmpty();
    }

    private static void check(List<String> problems, String method, String path, Answer answer) {
        JsonNode operation = spec.path("paths").path(path).path(method.toLowerCase());
        String where = method + " " + path + " " + answer.status();
        if (operation.isMissingNode()) {
            problems.add(where + ": not documented");
            return;
        }
        JsonNode response = operation.path("responses").path(String.valueOf(answer.status()));
        if (response.isMissingNode()) {
            problems.add(where + ": status not documented (" + answer.json() + ")");
            return;
        }
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            if (answer.json() != null) {
                problems.add(where + ": a body where none is documented");
            }
            return;
        }
        validate(problems, where, "$", answer.json(), schema);
    }

    /** The part of JSON Schema the document uses: $ref, type (with null), required, properties, items, enum, formats. */
    static void validate(List<String> problems, String where, String at, JsonNode value, JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText().substring("#/components/schemas/".length());
            validate(
                    problems,
                    where,
                    at,
                    value,
                    spec.path("components").path("schemas").path(ref));
            return;
        }
        if (value == null || value.isMissingNode()) {
            problems.add(where + ": " + at + " missing");
            return;
        }
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        if (value.isNull()) {
            if (!types.contains("null")) {
                problems.add(where + ": " + at + " is null");
            }
            return;
        }
        String actual = value.isTextual()
                ? "string"
                : value.isIntegralNumber()
                        ? "integer"
                        : value.isBoolean()
                                ? "boolean"
                                : value.isArray() ? "array" : value.isObject() ? "object" : "number";
        if (!types.isEmpty() && !types.contains(actual)) {
            problems.add(where + ": " + at + " is " + actual + ", documented " + types);
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode option : schema.get("enum")) {
                listed |= option.equals(value);
            }
            if (!listed) {
                problems.add(where + ": " + at + " = " + value + " is not among " + schema.get("enum"));
            }
        }
        if ("date-time".equals(schema.path("format").asText()) && !parses(() -> Instant.parse(value.asText()))) {
            problems.add(where + ": " + at + " is not a date-time: " + value);
        }
        if ("date".equals(schema.path("format").asText()) && !parses(() -> LocalDate.parse(value.asText()))) {
            problems.add(where + ": " + at + " is not a date: " + value);
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    problems.add(where + ": " + at + "." + required.asText() + " required but absent");
                }
            }
            Iterator<String> names = value.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                JsonNode property = schema.path("properties").path(name);
                if (!property.isMissingNode()) {
                    validate(problems, where, at + "." + name, value.get(name), property);
                } else if (schema.has("properties")) {
                    problems.add(where + ": " + at + "." + name + " is not documented");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                validate(problems, where, at + "[" + i + "]", value.get(i), schema.get("items"));
            }
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String entry(long seq, String golden) {
        return "{\"seq\":" + seq + ",\"createdAt\":\"2026-12-04T10:00:00Z\",\"document\":" + Golden.document(golden)
                + "}";
    }

    private static Answer signed(String path, EphemeralSigner key, String body) {
        return SignedRequests.post(fleet.url(), path, "API-1", key, body);
    }

    private static Answer signedGet(String path, EphemeralSigner key) {
        Instant now = Instant.now();
        String nonce = SignedRequests.nonce();
        byte[] signature = key.sign(org.cleartrade.backoffice.wire.RequestSignature.signedText(
                "GET", "/" + path, "API-1", key.keyId(), now, nonce, new byte[0]));
        return SignedRequests.call(new Request.Builder()
                .url(fleet.url() + path)
                .header("X-ClearTrade-Kiosk", "API-1")
                .header("X-ClearTrade-Key", key.keyId())
                .header("X-ClearTrade-Time", now.toString())
                .header("X-ClearTrade-Nonce", nonce)
                .header("X-ClearTrade-Signature", Base64.getEncoder().encodeToString(signature))
                .build());
    }

    private static Answer get(String path, String token) {
        Request.Builder request = new Request.Builder().url(fleet.url() + path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return SignedRequests.call(request.build());
    }

    private static Answer post(String path, String body, String token) {
        Request.Builder request = new Request.Builder()
                .url(fleet.url() + path)
                .post(RequestBody.create(body, MediaType.get("application/json")));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return SignedRequests.call(request.build());
    }
}
