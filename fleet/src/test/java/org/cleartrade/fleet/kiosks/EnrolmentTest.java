package org.cleartrade.fleet.kiosks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.cleartrade.backoffice.enrolment.FleetEnrolment.EnrolmentRefusedException;
import org.cleartrade.backoffice.pricebook.FleetKey;
import org.cleartrade.backoffice.wire.KioskKeyCertificate;
import org.cleartrade.core.driver.EphemeralSigner;
import org.cleartrade.fleet.http.JsonBodies;
import org.cleartrade.fleet.testing.FleetFixture;
import org.cleartrade.fleet.testing.TestKiosk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnrolmentTest {

    static FleetFixture fleet;

    @BeforeAll
    static void start() {
        fleet = new FleetFixture();
    }

    @AfterAll
    static void stop() {
        fleet.close();
    }

    @Test
    void aKioskEnrolsWithItsCodeAndAnyoneWithTheFleetKeyCanCheckItsCertificate() throws Exception {
        TestKiosk kiosk = TestKiosk.enrolled(fleet, "MALL-01", 0);

        var published = get("v1/kiosk-keys/" + kiosk.key().keyId());
        KioskKeyCertificate certificate =
                KioskKeyCertificate.parse(published.get("certificate").asText());
        FleetKey onlyTheFleetKey =
                FleetKey.parse(get("v1/fleet-key").get("publicKey").asText());

        assertThat(certificate.verifiedBy(
                        onlyTheFleetKey,
                        Base64.getDecoder().decode(published.get("signature").asText())))
                .isTrue();
        assertThat(certificate.kioskId()).isEqualTo("MALL-01");
        assertThat(certificate.javaKey()).isEqualTo(kiosk.key().publicKey());
        assertThat(published.get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void aCodeWorksOnceOnlyForItsKioskAndUntilItExpires() {
        String code = fleet.services()
                .kiosks()
                .issueCode("MALL-02", null, "test", Duration.ofHours(1))
                .code();
        TestKiosk impostor = TestKiosk.configured("MALL-99", fleet.url(), fleet.fleetKey(), fleet.folder());
        assertThatThrownBy(() -> impostor.enrol(code))
                .isInstanceOf(EnrolmentRefusedException.class)
                .hasMessageContaining("CODE_UNKNOWN");

        TestKiosk kiosk = TestKiosk.configured("MALL-02", fleet.url(), fleet.fleetKey(), fleet.folder());
        kiosk.enrol(code);
        assertThat(kiosk.enrol(code))
                .as("the same key again: the lost answer, repeated")
                .isNotNull();

        TestKiosk second = TestKiosk.configured("MALL-02", fleet.url(), fleet.fleetKey(), fleet.folder());
        assertThatThrownBy(() -> second.enrol(code)).hasMessageContaining("CODE_USED");
        assertThatThrownBy(() -> kiosk.enrol("0000-0000-0000-0000")).hasMessageContaining("CODE_UNKNOWN");
    }

    @Test
    void anExpiredCodeIsRefused() {
        String code = fleet.services()
                .kiosks()
                .issueCode("MALL-03", null, "test", Duration.ofMinutes(1))
                .code();
        fleet.db()
                .jdbi()
                .useHandle(h -> h.execute("UPDATE enrolment_codes SET issued_at = now() - interval '2 minutes',"
                        + " expires_at = now() - interval '1 minute' WHERE kiosk_id = 'MALL-03'"));

        assertThatThrownBy(() -> TestKiosk.configured("MALL-03", fleet.url(), fleet.fleetKey(), fleet.folder())
                        .enrol(code))
                .hasMessageContaining("CODE_EXPIRED");
    }

    @Test
    void aKioskThatDoesNotHoldTheKeyCannotEnrolIt() throws Exception {
        String code = fleet.services()
                .kiosks()
                .issueCode("MALL-04", null, "test", Duration.ofHours(1))
                .code();
        EphemeralSigner key = new EphemeralSigner();
        byte[] raw = KioskKeyCertificate.rawKey(key.publicKey());
        byte[] proofByAnotherKey = new EphemeralSigner()
                .sign("cleartrade-enrolment/1\nMALL-04\n%s\n%s\n"
                        .formatted(code, Base64.getEncoder().encodeToString(raw))
                        .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> fleet.services().kiosks().enrol("MALL-04", code, raw, proofByAnotherKey))
                .hasMessageContaining("proof");
    }

    @Test
    void aKioskThatIsNotTheFleetsOwnRefusesACertificateFromAnotherFleet() {
        String code = fleet.services()
                .kiosks()
                .issueCode("MALL-05", null, "test", Duration.ofHours(1))
                .code();
        var otherFleetKey = FleetSigningKey.open(fleet.folder().resolve("other-fleet.pem"), true);
        TestKiosk kiosk = TestKiosk.configured("MALL-05", fleet.url(), otherFleetKey, fleet.folder());

        assertThatThrownBy(() -> kiosk.enrol(code))
                .isInstanceOf(EnrolmentRefusedException.class)
                .hasMessageContaining("not signed by the configured fleet key");
    }

    @Test
    void rotationCertifiesTheNewKeyAndKeepsTheOldOneAsHistory() throws Exception {
        TestKiosk first = TestKiosk.enrolled(fleet, "MALL-06", 0);
        TestKiosk rotated = TestKiosk.configured("MALL-06", fleet.url(), fleet.fleetKey(), fleet.folder());
        rotated.enrol(fleet.services()
                .kiosks()
                .issueCode("MALL-06", null, "test", Duration.ofHours(1))
                .code());

        var keys = fleet.services().kiosks().keys("MALL-06");
        assertThat(keys)
                .extracting(KioskKey::keyId)
                .containsExactly(first.key().keyId(), rotated.key().keyId());
        assertThat(keys).extracting(KioskKey::status).containsExactly(KioskKey.Status.ROTATED, KioskKey.Status.ACTIVE);
        assertThat(keys.get(0).retiredAt()).isPresent();

        fleet.services().kiosks().revoke(rotated.key().keyId(), "admin", "kiosk stolen from the mall");
        assertThat(fleet.services()
                        .kiosks()
                        .key(rotated.key().keyId())
                        .orElseThrow()
                        .status())
                .isEqualTo(KioskKey.Status.REVOKED);
        assertThat(get("v1/kiosk-keys/" + rotated.key().keyId())
                        .get("revokeReason")
                        .asText())
                .isEqualTo("kiosk stolen from the mall");
    }

    private static com.fasterxml.jackson.databind.JsonNode get(String path) throws Exception {
        try (Response response = new OkHttpClient()
                .newCall(new Request.Builder().url(fleet.url() + path).build())
                .execute()) {
            assertThat(response.code()).isEqualTo(200);
            return JsonBodies.JSON.readTree(response.body().bytes());
        }
    }
}
