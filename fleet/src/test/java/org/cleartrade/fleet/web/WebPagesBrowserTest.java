package org.cleartrade.fleet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.cleartrade.backoffice.FleetEndpoint;
import org.cleartrade.backoffice.outbox.HttpOutboxUploader;
import org.cleartrade.backoffice.wire.KioskRequestSigner;
import org.cleartrade.core.certificate.CertificatePayload;
import org.cleartrade.core.certificate.QrPayloadCodec;
import org.cleartrade.core.certificate.SanitizationCategory;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.certificate.Voucher;
import org.cleartrade.core.driver.EphemeralSigner;
import org.cleartrade.fleet.staff.StaffTokens.Role;
import org.cleartrade.fleet.testing.FleetFixture;
import org.cleartrade.fleet.testing.Golden;
import org.cleartrade.fleet.testing.OutboxOnlyLedger;
import org.cleartrade.fleet.testing.TestKiosk;
import org.cleartrade.ports.dock.VerificationEvidence;
import org.cleartrade.pricing.quote.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fleet's web pages in a real browser (Debian's headless Chromium through chromedriver),
 * served by two real instances of the fleet service on one real PostgreSQL. The seller's browser
 * reaches instance 1 through a proxy that records every byte it sends and can cut the network.
 * Pictures of the pages go to target/web-screens, and to -Dweb.screens=FOLDER when set.
 */
class WebPagesBrowserTest {

    private static FleetFixture fleet;
    private static TestKiosk kiosk;
    private static CuttableProxy proxy;
    private static Browser seller;

    @BeforeAll
    static void start() throws IOException {
        fleet = new FleetFixture(2, Clock.systemUTC());
        kiosk = TestKiosk.enrolled(fleet, "MALL-07", 0);
        proxy = new CuttableProxy(fleet.server(0).port());
        seller = new Browser("zh-CN");
        fleet.services().staffAccounts().put("ann", Role.CASHIER, "correct horse battery".toCharArray(), "test");
        fleet.services().staffAccounts().put("ben", Role.CASHIER, "staple battery horse".toCharArray(), "test");
        fleet.services().staffAccounts().put("olu", Role.OPERATOR, "operator passphrase".toCharArray(), "test");
    }

    @AfterAll
    static void stop() throws IOException {
        if (seller != null) {
            seller.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (fleet != null) {
            fleet.close();
        }
    }

    private static String page(CuttableProxy through) {
        return "http://127.0.0.1:" + through.port() + "/c";
    }

    private static String link(String payload) {
        return VerificationLink.to(page(proxy)).qrText(payload);
    }

    static String certificate(EphemeralSigner key, String serial) {
        return QrPayloadCodec.encodeCertificate(
                new CertificatePayload(
                        "T-20261204-0042",
                        "MALL-07",
                        serial,
                        Optional.of("356938035643809"),
                        "Google Pixel 8",
                        SanitizationCategory.PURGE,
                        true,
                        Instant.now().truncatedTo(ChronoUnit.SECONDS),
                        HexFormat.of().formatHex(new byte[32])),
                key);
    }

    static Voucher voucher(Duration validity, Instant issued) {
        return Voucher.issue(
                "T-" + System.nanoTime(), new Money(129_900, "CNY"), "MALL-07", issued, validity, new SecureRandom());
    }

    @Test
    void aGenuineCertificateShowsValidInTheSellersLanguageAndNoRequestCarriesThePayload() throws IOException {
        String payload = certificate(kiosk.key(), "38011FDJH00A1B");

        seller.phone().open(link(payload));

        assertThat(seller.verdict()).isEqualTo("VALID");
        assertThat(seller.find("#verdict-word").getText()).isEqualTo("真实有效");
        assertThat(seller.find("#fields").getText()).contains("Google Pixel 8", "38011FDJH00A1B", "加密擦除");
        String sent = proxy.sent();
        assertThat(sent).contains("GET /c ", "GET /v1/kiosk-keys/" + kiosk.key().keyId());
        String body = payload.substring(3);
        for (int at = 0; at + 24 <= body.length(); at += 12) {
            String piece = body.substring(at, at + 24);
            assertThat(sent)
                    .as("no request carries any part of the payload")
                    .doesNotContain(piece)
                    .doesNotContain(VerificationLink.payloadOf(piece).replace(" ", "%20"));
        }
        figures();
        assertThat(seller.accessibilityViolations()).isEmpty();
        screens("verify-valid");
    }

    @Test
    void oneFlippedByteIsTamperedAndAStrangersKeyIsUnknown() {
        String payload = certificate(kiosk.key(), "SERIAL-TAMPER-1");

        seller.open(link(Base45Bytes.flipByte(payload, 45)));
        assertThat(seller.verdict()).isEqualTo("TAMPERED");
        assertThat(seller.find("#details-warning").isDisplayed()).isTrue();
        screenshot("verify-tampered.zh-cn.phone");

        seller.open(link(certificate(new EphemeralSigner(), "SERIAL-STRANGER")));
        assertThat(seller.verdict()).isEqualTo("UNKNOWN_KEY");

        seller.open(page(proxy) + "#CT:8L8BCTYJU9");
        assertThat(seller.verdict()).isEqualTo("UNREADABLE");
    }

    @Test
    void theEvidenceLevelOfAFormat2CertificateIsShownInPlainWords() {
        seller.open(link(certificateV2(kiosk.key(), 3)));
        assertThat(seller.verdict()).isEqualTo("VALID");
        seller.find("#lang-en").click();
        assertThat(seller.find("#fields").getText())
                .contains("Apple iPhone 13", "The iPhone came back “Unactivated”, as it does only after a full erase.");
        seller.find("#lang-zh-CN").click();
    }

    /**
     * A format-2 certificate payload (evidence level in flag bits 4-6), encoded by the kiosk's own
     * codec and signed by the kiosk: the page reads what the kiosk prints.
     */
    static String certificateV2(EphemeralSigner key, int evidence) {
        return QrPayloadCodec.encodeCertificate(
                new CertificatePayload(
                        "T-V2-0001",
                        "MALL-07",
                        "F2LXK0V2HG7F",
                        Optional.empty(),
                        "Apple iPhone 13",
                        SanitizationCategory.PURGE,
                        true,
                        Instant.now().truncatedTo(ChronoUnit.SECONDS),
                        HexFormat.of().formatHex(new byte[32]),
                        Optional.of(VerificationEvidence.values()[evidence])),
                key);
    }

    @Test
    void anExpiredVoucherAndARedeemedOneShowTheirVerdicts() {
        Voucher expired = voucher(Duration.ofDays(1), Instant.now().minus(Duration.ofDays(2)));
        seller.open(link(QrPayloadCodec.encodeVoucher(expired, kiosk.key())));
        assertThat(seller.verdict()).isEqualTo("EXPIRED");

        Voucher paid = voucher(Duration.ofDays(30), Instant.now());
        String payload = QrPayloadCodec.encodeVoucher(paid, kiosk.key());
        seller.open(link(payload));
        assertThat(seller.verdict()).isEqualTo("VALID");
        fleet.services(1).vouchers().redeem(paid.voucherId(), payload, "ann");
        seller.driver().navigate().refresh();
        assertThat(seller.verdict()).isEqualTo("ALREADY_REDEEMED");
    }

    @Test
    void theCashierRedeemsOnceAndASecondCashierAtAnotherInstanceIsRefused() {
        Voucher voucher = voucher(Duration.ofDays(30), Instant.now());
        String printed = link(QrPayloadCodec.encodeVoucher(voucher, kiosk.key()));
        try (Browser first = new Browser("en");
                Browser second = new Browser("es")) {
            first.desktop().open(fleet.url(0) + "staff/cashier");
            signIn(first, "ann", "correct horse battery");
            scan(first, printed);
            first.awaitText("#outcome", "Valid voucher");
            assertThat(first.find("#voucher-fields").getText()).contains("CN¥1,299.00", "MALL-07", voucher.tradeId());
            assertThat(first.accessibilityViolations()).isEmpty();
            first.find("#redeem").click();
            first.awaitText("#outcome", "Paid. Hand CN¥1,299.00 to the seller.");
            write("cashier-paid.en.desktop", first.screenshot());
            first.find("#lang-zh-CN").click();
            write("cashier-paid.zh-cn.desktop", first.screenshot());
            first.find("#lang-es").click();
            write("cashier-paid.es.desktop", first.screenshot());

            second.phone().open(fleet.url(1) + "staff/cashier");
            signIn(second, "ben", "staple battery horse");
            scan(second, printed);
            second.awaitText("#outcome", "No pague: este vale ya se pagó");
            assertThat(second.find("#redeem").isDisplayed()).isFalse();
            write("cashier-refused.es.phone", second.screenshot());
            second.find("#lang-en").click();
            write("cashier-refused.en.phone", second.screenshot());
            second.find("#lang-zh-CN").click();
            write("cashier-refused.zh-cn.phone", second.screenshot());
        }
        assertThat(fleet.services().queries().redemption(voucher.voucherId())).isPresent();
    }

    @Test
    void theVerificationPageWorksWithTheNetworkCutAfterItLoaded() throws IOException {
        try (CuttableProxy network = new CuttableProxy(fleet.server(0).port());
                Browser phone = new Browser("es")) {
            String payload = certificate(kiosk.key(), "OFFLINE-1");
            String link = VerificationLink.to(page(network)).qrText(payload);
            phone.open(link);
            assertThat(phone.verdict()).isEqualTo("VALID");
            phone.awaitServiceWorker();

            network.cut();

            phone.open(VerificationLink.to(page(network)).qrText(certificate(kiosk.key(), "OFFLINE-2")));
            assertThat(phone.verdict()).isEqualTo("VALID");
            assertThat(phone.find("#verdict-word").getText()).isEqualTo("Auténtico");
            phone.open(VerificationLink.to(page(network)).qrText(Base45Bytes.flipByte(payload, 45)));
            assertThat(phone.verdict()).isEqualTo("TAMPERED");
            phone.open(VerificationLink.to(page(network)).qrText(certificate(new EphemeralSigner(), "OFFLINE-3")));
            assertThat(phone.verdict()).isEqualTo("OFFLINE");
        }
    }

    @Test
    void theDashboardShowsTheFleetAndFindsACertificateByIdAndSerial() throws IOException {
        TestKiosk store = TestKiosk.enrolled(fleet, "MALL-09", 1);
        OutboxOnlyLedger ledger = new OutboxOnlyLedger();
        String holdOver = "2026-11-20T10:15:30Z";
        String today = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        ledger.add(
                "trade",
                Golden.document("trade.v1")
                        .replace("2026-12-11T10:15:30Z", holdOver)
                        .replace("2026-12-04T10:15:30Z", today));
        ledger.add("certificate", Golden.document("certificate.v1"));
        ledger.add("bin-state", Golden.document("bin-state-binned.v1").replace("2026-12-11T10:15:30Z", holdOver));
        ledger.add("alert", Golden.document("alert.v1"));
        new HttpOutboxUploader(
                        new FleetEndpoint(
                                new OkHttpClient.Builder()
                                        .addInterceptor(
                                                new KioskRequestSigner(store.kioskId(), store.key(), Clock.systemUTC()))
                                        .build(),
                                HttpUrl.get(fleet.url(1))),
                        ledger,
                        store.kioskId(),
                        100)
                .uploadBatch();
        try (Browser operator = new Browser("en")) {
            operator.desktop().open(fleet.url(1) + "staff/dashboard");
            signIn(operator, "olu", "operator passphrase");
            operator.awaitText("#kiosks", "MALL-09");
            assertThat(operator.find("#alerts").getText()).contains("LATCH_JAMMED", "S-0042#1");
            assertThat(operator.find("#bins").getText()).contains("MALL-09", "T-20261204-0007");
            assertThat(operator.find("#trades").getText()).contains(today.substring(0, 10));
            assertThat(operator.find("#chart svg rect").isDisplayed()).isTrue();
            operator.find("#certificate-id").sendKeys("C-20261204-0007");
            operator.find("#serial").sendKeys("29041fdh2000ab");
            operator.find("#find").click();
            operator.awaitText("#lookup-result", "ClearTrade erasure certificate");
            assertThat(operator.accessibilityViolations()).isEmpty();
            write("dashboard.en.desktop", operator.screenshot());
            operator.find("#lang-zh-CN").click();
            write("dashboard.zh-cn.desktop", operator.screenshot());
            operator.find("#lang-es").click();
            write("dashboard.es.desktop", operator.screenshot());
            operator.phone();
            write("dashboard.es.phone", operator.screenshot());
            operator.find("#lang-en").click();
            write("dashboard.en.phone", operator.screenshot());
            operator.find("#lang-zh-CN").click();
            write("dashboard.zh-cn.phone", operator.screenshot());
        }
    }

    /**
     * What the first opening of the page cost on this machine (recorded, never asserted; the
     * figures in docs/BENCHMARKS.md come from here): bytes fetched, load time, time to verdict.
     */
    private static void figures() throws IOException {
        Object figures = seller.script("const nav = performance.getEntriesByType('navigation')[0];"
                + " const all = [nav, ...performance.getEntriesByType('resource')];"
                + " return 'requests=' + all.length + ' bytes=' + all.reduce((n, e) => n + e.encodedBodySize, 0)"
                + " + ' loadMs=' + Math.round(nav.loadEventEnd) + ' verdictMs=' + document.body.dataset.checkedMs"
                + " + ' verdictAfterNavigationMs=' + document.body.dataset.verdictAtMs;");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/web-figures.txt"), figures + "\n");
        System.out.println("verification page: " + figures);
    }

    private static void signIn(Browser browser, String name, String password) {
        browser.awaitText("#signin-button", "");
        browser.find("#name").sendKeys(name);
        browser.find("#password").sendKeys(password);
        browser.find("#signin-button").click();
        browser.awaitText("#whoami", name);
    }

    /** A USB wedge scanner types the code and presses Enter. */
    private static void scan(Browser browser, String code) {
        browser.find("#scan").clear();
        browser.find("#scan").sendKeys(code + "\n");
    }

    /** The page as it is now, in the three languages, at phone size and on a desktop. */
    private static void screens(String name) {
        for (String lang : new String[] {"zh-CN", "en", "es"}) {
            seller.find("#lang-" + lang).click();
            seller.phone();
            screenshot(name + "." + lang.toLowerCase(java.util.Locale.ROOT) + ".phone");
            seller.desktop();
            screenshot(name + "." + lang.toLowerCase(java.util.Locale.ROOT) + ".desktop");
        }
        seller.find("#lang-zh-CN").click();
        seller.phone();
    }

    private static void screenshot(String name) {
        write(name, seller.screenshot());
    }

    private static void write(String name, byte[] png) {
        try {
            Path dir = Path.of("target/web-screens");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), png);
            String copy = System.getProperty("web.screens");
            if (copy != null && !copy.isBlank()) {
                Files.createDirectories(Path.of(copy));
                Files.write(Path.of(copy).resolve(name + ".png"), png);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
