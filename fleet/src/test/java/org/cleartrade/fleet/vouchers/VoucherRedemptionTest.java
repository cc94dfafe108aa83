package org.cleartrade.fleet.vouchers;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.cleartrade.core.certificate.QrPayloadCodec;
import org.cleartrade.core.certificate.Voucher;
import org.cleartrade.core.driver.EphemeralSigner;
import org.cleartrade.fleet.staff.StaffTokens.Role;
import org.cleartrade.fleet.testing.FleetFixture;
import org.cleartrade.fleet.testing.SignedRequests;
import org.cleartrade.fleet.testing.SignedRequests.Answer;
import org.cleartrade.fleet.testing.TestKiosk;
import org.cleartrade.pricing.quote.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two instances, one database: a voucher is paid once, whichever counter asks. */
class VoucherRedemptionTest {

    static FleetFixture fleet;
    static TestKiosk kiosk;
    static String cashier;

    @BeforeAll
    static void start() {
        fleet = new FleetFixture(2, java.time.Clock.systemUTC());
        kiosk = TestKiosk.enrolled(fleet, "STORE-1", 0);
        cashier = fleet.token("cashier-ann", Role.CASHIER);
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    @Test
    void aVoucherIsRedeemedOnceAndTheSecondRedemptionAtAnotherInstanceIsRefused() {
        Voucher voucher = voucher(kiosk.key(), Duration.ofDays(30));
        String payload = QrPayloadCodec.encodeVoucher(voucher, kiosk.key());

        Answer first = redeem(0, voucher.voucherId(), payload, cashier);
        Answer second = redeem(1, voucher.voucherId(), payload, cashier);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("outcome").asText()).isEqualTo("REDEEMED");
        assertThat(first.json().at("/voucher/amountMinor").asLong()).isEqualTo(24000);
        assertThat(first.json().at("/redemption/instance").asText()).isEqualTo("instance-1");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("outcome").asText()).isEqualTo("ALREADY_REDEEMED");
        assertThat(second.json().at("/redemption/instance").asText())
                .as("the first one")
                .isEqualTo("instance-1");
        assertThat(attempts(voucher.voucherId())).containsExactly("REDEEMED", "ALREADY_REDEEMED");
    }

    @Test
    void ofManyConcurrentAttemptsAtTwoInstancesExactlyOneSucceeds() throws Exception {
        Voucher voucher = voucher(kiosk.key(), Duration.ofDays(30));
        String payload = QrPayloadCodec.encodeVoucher(voucher, kiosk.key());
        int attempts = 24;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            int instance = i % 2;
            Callable<Answer> attempt = () -> {
                go.await();
                return redeem(instance, voucher.voucherId(), payload, cashier);
            };
            answers.add(pool.submit(attempt));
        }
        go.countDown();
        int redeemed = 0;
        int refused = 0;
        for (Future<Answer> answer : answers) {
            String outcome = answer.get().json().get("outcome").asText();
            if (outcome.equals("REDEEMED")) {
                redeemed++;
            } else if (outcome.equals("ALREADY_REDEEMED")) {
                refused++;
            }
        }
        pool.shutdown();

        assertThat(redeemed).isEqualTo(1);
        assertThat(refused).isEqualTo(attempts - 1);
        assertThat(attempts(voucher.voucherId())).hasSize(attempts);
    }

    @Test
    void checkingAVoucherTellsTheCashierWithoutRedeemingIt() {
        Voucher voucher = voucher(kiosk.key(), Duration.ofDays(30));
        String payload = QrPayloadCodec.encodeVoucher(voucher, kiosk.key());

        Answer check = call(1, "v1/vouchers/" + voucher.voucherId() + "/check", payload, cashier);

        assertThat(check.json().get("outcome").asText()).isEqualTo("VALID");
        assertThat(redeem(0, voucher.voucherId(), payload, cashier)
                        .json()
                        .get("outcome")
                        .asText())
                .isEqualTo("REDEEMED");
        assertThat(call(1, "v1/vouchers/" + voucher.voucherId() + "/check", payload, cashier)
                        .json()
                        .get("outcome")
                        .asText())
                .isEqualTo("ALREADY_REDEEMED");
    }

    @Test
    void anExpiredVoucherIsRefusedAndTheAttemptRecorded() {
        Instant past = Instant.now().minus(Duration.ofDays(40)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Voucher expired = Voucher.issue(
                "T-OLD", new Money(1000, "EUR"), "STORE-1", past, Duration.ofDays(30), new SecureRandom());

        Answer answer = redeem(0, expired.voucherId(), QrPayloadCodec.encodeVoucher(expired, kiosk.key()), cashier);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("outcome").asText()).isEqualTo("EXPIRED");
        assertThat(attempts(expired.voucherId())).containsExactly("EXPIRED");
    }

    @Test
    void aChangedPayloadIsTampered() {
        Voucher voucher = voucher(kiosk.key(), Duration.ofDays(30));
        String payload = QrPayloadCodec.encodeVoucher(voucher, kiosk.key());
        Voucher richer = new Voucher(
                voucher.voucherId(),
                voucher.tradeId(),
                new Money(99_900, "EUR"),
                voucher.issuedAt(),
                voucher.expiresAt(),
                voucher.kioskId());
        String forged = QrPayloadCodec.encodeVoucher(richer, new ForeignSignatureOf(kiosk.key()));

        Answer answer = redeem(0, voucher.voucherId(), forged, cashier);

        assertThat(answer.json().get("outcome").asText()).isEqualTo("TAMPERED");
        assertThat(redeem(0, voucher.voucherId(), payload, cashier)
                        .json()
                        .get("outcome")
                        .asText())
                .as("the genuine voucher is still good")
                .isEqualTo("REDEEMED");
    }

    @Test
    void aVoucherFromAKeyTheFleetNeverCertifiedOrRevokedIsRefused() {
        EphemeralSigner stranger = new EphemeralSigner();
        Voucher fake = voucher(stranger, Duration.ofDays(30));
        assertThat(redeem(0, fake.voucherId(), QrPayloadCodec.encodeVoucher(fake, stranger), cashier)
                        .json()
                        .get("outcome")
                        .asText())
                .isEqualTo("UNKNOWN_KEY");

        TestKiosk lost = TestKiosk.enrolled(fleet, "STORE-LOST", 0);
        Voucher beforeTheft = Voucher.issue(
                "T-9", new Money(5000, "EUR"), "STORE-LOST", Instant.now(), Duration.ofDays(30), new SecureRandom());
        fleet.services().kiosks().revoke(lost.key().keyId(), "admin", "kiosk stolen");
        Answer revoked =
                redeem(1, beforeTheft.voucherId(), QrPayloadCodec.encodeVoucher(beforeTheft, lost.key()), cashier);
        assertThat(revoked.json().get("outcome").asText()).isEqualTo("KEY_REVOKED");
        assertThat(revoked.json().get("message").asText()).contains("kiosk stolen");
    }

    @Test
    void aVoucherSignedBeforeARotationIsStillPaid() {
        TestKiosk before = TestKiosk.enrolled(fleet, "STORE-ROT", 0);
        Voucher voucher = Voucher.issue(
                "T-R", new Money(7000, "EUR"), "STORE-ROT", Instant.now(), Duration.ofDays(30), new SecureRandom());
        String payload = QrPayloadCodec.encodeVoucher(voucher, before.key());
        TestKiosk.configured(
                        "STORE-ROT",
                        fleet.url(),
                        fleet.fleetKey(),
                        fleet.folder().resolve("rot"))
                .enrol(fleet.services()
                        .kiosks()
                        .issueCode("STORE-ROT", null, "test", Duration.ofHours(1))
                        .code());

        assertThat(redeem(0, voucher.voucherId(), payload, cashier)
                        .json()
                        .get("outcome")
                        .asText())
                .isEqualTo("REDEEMED");
    }

    @Test
    void onlyStaffWithATokenMayRedeem() {
        Voucher voucher = voucher(kiosk.key(), Duration.ofDays(30));
        String payload = QrPayloadCodec.encodeVoucher(voucher, kiosk.key());

        Answer none = SignedRequests.call(new Request.Builder()
                .url(fleet.url() + "v1/vouchers/" + voucher.voucherId() + "/redeem")
                .post(RequestBody.create("{\"payload\":\"" + payload + "\"}", MediaType.get("application/json")))
                .build());
        Answer wrong = redeem(0, voucher.voucherId(), payload, "ct_not-a-token");

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.error()).isEqualTo("NO_TOKEN");
        assertThat(wrong.error()).isEqualTo("BAD_TOKEN");
        assertThat(attempts(voucher.voucherId())).isEmpty();
    }

    @Test
    void aPayloadForAnotherVoucherOrNotAVoucherAtAllIsNamed() {
        Voucher voucher = voucher(kiosk.key(), Duration.ofDays(30));
        String payload = QrPayloadCodec.encodeVoucher(voucher, kiosk.key());

        assertThat(redeem(0, "0".repeat(32), payload, cashier)
                        .json()
                        .get("outcome")
                        .asText())
                .isEqualTo("WRONG_VOUCHER");
        assertThat(redeem(0, voucher.voucherId(), "CT:garbage", cashier)
                        .json()
                        .get("outcome")
                        .asText())
                .isEqualTo("MALFORMED");
    }

    private static Voucher voucher(EphemeralSigner key, Duration validity) {
        return Voucher.issue(
                "T-" + System.nanoTime(),
                new Money(24000, "EUR"),
                "STORE-1",
                Instant.now(),
                validity,
                new SecureRandom());
    }

    private static Answer redeem(int instance, String voucherId, String payload, String token) {
        return call(instance, "v1/vouchers/" + voucherId + "/redeem", payload, token);
    }

    private static Answer call(int instance, String path, String payload, String token) {
        return SignedRequests.call(new Request.Builder()
                .url(fleet.url(instance) + path)
                .header("Authorization", "Bearer " + token)
                .post(RequestBody.create("{\"payload\":\"" + payload + "\"}", MediaType.get("application/json")))
                .build());
    }

    private static List<String> attempts(String voucherId) {
        return fleet.db()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT outcome FROM redemption_attempts WHERE voucher_id = :id ORDER BY"
                                + " attempt_id")
                        .bind("id", voucherId)
                        .mapTo(String.class)
                        .list());
    }

    /** Signs as a key that claims the kiosk key's id but is not it: a forger's signature. */
    private static final class ForeignSignatureOf implements org.cleartrade.core.certificate.PayloadSigner {
        private final String keyId;
        private final EphemeralSigner forger = new EphemeralSigner();

        ForeignSignatureOf(EphemeralSigner real) {
            this.keyId = real.keyId();
        }

        @Override
        public String keyId() {
            return keyId;
        }

        @Override
        public byte[] sign(byte[] message) {
            return forger.sign(message);
        }
    }
}
