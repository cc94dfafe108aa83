package org.cleartrade.fleet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.cleartrade.backoffice.BackOfficeConfig;
import org.cleartrade.backoffice.FleetEndpoint;
import org.cleartrade.backoffice.enrolment.FleetEnrolment;
import org.cleartrade.backoffice.wire.KioskKeyCertificate;
import org.cleartrade.core.driver.EphemeralSigner;
import org.cleartrade.fleet.kiosks.FleetSigningKey;

/**
 * A kiosk as the fleet sees it: its id, an Ed25519 key, and the kiosk's own back-office client
 * ({@code backoffice} module) configured as a real kiosk would be, enrolled with a code the
 * fleet issued.
 */
public final class TestKiosk {

    private final String kioskId;
    private final EphemeralSigner key;
    private final BackOfficeConfig config;

    private TestKiosk(String kioskId, EphemeralSigner key, BackOfficeConfig config) {
        this.kioskId = kioskId;
        this.key = key;
        this.config = config;
    }

    /** A kiosk configured for the fleet at {@code url}, not yet enrolled. */
    public static TestKiosk configured(String kioskId, String url, FleetSigningKey fleetKey, Path stateDir) {
        Map<String, String> properties = new HashMap<>();
        properties.put("backoffice.url", url);
        properties.put("backoffice.kiosk-id", kioskId);
        properties.put("backoffice.fleet-public-key", fleetKey.publicKey().toBase64());
        properties.put("backoffice.state-dir", stateDir.toString());
        properties.put("backoffice.timeout.call", "PT20S");
        return new TestKiosk(kioskId, new EphemeralSigner(), BackOfficeConfig.from(properties));
    }

    /** Configured, given a code by the fleet, and enrolled through the kiosk's own client. */
    public static TestKiosk enrolled(FleetFixture fleet, String kioskId, int instance) {
        TestKiosk kiosk = configured(
                kioskId, fleet.url(instance), fleet.fleetKey(), fleet.folder().resolve(kioskId));
        String code = fleet.services()
                .kiosks()
                .issueCode(kioskId, "test site", "test", java.time.Duration.ofHours(1))
                .code();
        kiosk.enrol(code);
        return kiosk;
    }

    public KioskKeyCertificate enrol(String code) {
        try {
            return new FleetEnrolment(config).enrol(code, key, key.publicKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String kioskId() {
        return kioskId;
    }

    public EphemeralSigner key() {
        return key;
    }

    public BackOfficeConfig config() {
        return config;
    }

    /** The kiosk's signing endpoint, as {@code HttpBackOffice} builds it. */
    public FleetEndpoint endpoint(Clock clock) {
        return new FleetEndpoint(config, key, clock);
    }

    public FleetEndpoint endpoint() {
        return endpoint(Clock.systemUTC());
    }
}
