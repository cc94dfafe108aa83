package org.cleartrade.deviceio.dock.iphone;

import java.io.IOException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.UUID;
import org.cleartrade.deviceio.dock.ios.PairingCertificates;
import org.cleartrade.deviceio.dock.ios.PlistMessage;

/**
 * lockdownd on port 62078 of a {@link ScenarioIphone}, for one connection: answers {@code
 * QueryType}, {@code GetValue} (only the scenario's unpaired keys before a session), {@code Pair}
 * (checking that the device certificate carries this phone's key), {@code Unpair}, {@code StartSession} (then
 * TLS) and {@code StartService}. Errors are lockdownd's names: PasswordProtected,
 * PairingDialogResponsePending, UserDeniedPairing, InvalidHostID, MissingValue, InvalidService,
 * SessionInactive.
 */
final class LockdownResponder implements PortResponder {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ScenarioIphone phone;
    private Optional<String> sessionHost = Optional.empty();
    private Tls tls;

    LockdownResponder(ScenarioIphone phone) {
        this.phone = phone;
    }

    @Override
    public Reply handle(PlistMessage request) {
        if (phone.presence() != ScenarioIphone.Presence.PRESENT
                || sessionHost.isPresent() && !phone.countSessionRequest()) {
            return Reply.hangUp();
        }
        String name = request.string("Request").orElse("");
        return switch (name) {
            case "QueryType" -> Reply.of(PlistMessage.of("Request", name, "Type", "com.apple.mobile.lockdown"));
            case "GetValue" -> getValue(request);
            case "Pair" -> pair(request);
            case "Unpair" -> unpair(request);
            case "StartSession" -> startSession(request);
            case "StartService" -> startService(request);
            case "StopSession" -> {
                sessionHost = Optional.empty();
                yield Reply.of(PlistMessage.of("Request", name, "Result", "Success"));
            }
            default -> error(name, "InvalidRequest");
        };
    }

    @Override
    public Tls tls() {
        if (tls == null) {
            throw new IllegalStateException("no TLS was asked for on this connection");
        }
        return tls;
    }

    private Reply getValue(PlistMessage request) {
        IphoneScenario s = phone.scenario();
        Optional<String> domain = request.string("Domain");
        Optional<String> key = request.string("Key");
        PlistMessage source;
        if (domain.isEmpty()) {
            source = s.values().with("DevicePublicKey", ScenarioIphone.devicePublicKey());
            if (sessionHost.isEmpty()) {
                PlistMessage visible = PlistMessage.of();
                for (String k : s.unpaired()) {
                    Optional<com.dd.plist.NSObject> v = source.value(k);
                    if (v.isPresent()) {
                        visible = visible.with(k, v.get());
                    }
                }
                source = visible.with("DevicePublicKey", ScenarioIphone.devicePublicKey());
            }
        } else if (sessionHost.isEmpty() || !s.domains().containsKey(domain.get())) {
            return error("GetValue", "MissingValue");
        } else {
            source = s.domains().get(domain.get());
        }
        PlistMessage answer =
                PlistMessage.of("Request", "GetValue", "Domain", domain.orElse(null), "Key", key.orElse(null));
        if (key.isEmpty()) {
            return Reply.of(answer.with("Value", source));
        }
        Optional<com.dd.plist.NSObject> value = source.value(key.get());
        return value.isPresent() ? Reply.of(answer.with("Value", value.get())) : error("GetValue", "MissingValue");
    }

    private Reply pair(PlistMessage request) {
        Optional<PlistMessage> record = request.dict("PairRecord");
        Optional<String> buid = record.flatMap(r -> r.string("SystemBUID"));
        Optional<String> hostId = record.flatMap(r -> r.string("HostID"));
        if (record.isEmpty() || buid.isEmpty() || hostId.isEmpty() || !carriesThisPhonesKey(record.get())) {
            return error("Pair", "InvalidPairRecord");
        }
        Optional<String> refusal = phone.pairingDecision(buid.get());
        if (refusal.isPresent()) {
            return error("Pair", refusal.get());
        }
        phone.trust(buid.get(), hostId.get(), record.get());
        byte[] escrow = new byte[32];
        RANDOM.nextBytes(escrow);
        return Reply.of(PlistMessage.of("Request", "Pair", "EscrowBag", escrow));
    }

    /** Forgets the host named by the record's HostID, and with it the trust in its system BUID. */
    private Reply unpair(PlistMessage request) {
        Optional<String> hostId = request.dict("PairRecord").flatMap(r -> r.string("HostID"));
        if (hostId.isEmpty() || !phone.forget(hostId.get())) {
            return error("Unpair", "InvalidHostID");
        }
        return Reply.of(PlistMessage.of("Request", "Unpair", "Result", "Success"));
    }

    private static boolean carriesThisPhonesKey(PlistMessage record) {
        try {
            X509Certificate device = PairingCertificates.readCertificate(
                    record.data("DeviceCertificate").orElseThrow());
            PairingCertificates.readCertificate(record.data("HostCertificate").orElseThrow());
            PublicKey mine = ScenarioIphone.deviceKeys().getPublic();
            return device.getPublicKey().equals(mine);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private Reply startSession(PlistMessage request) {
        Optional<String> hostId = request.string("HostID");
        Optional<PlistMessage> host = hostId.flatMap(phone::host);
        if (host.isEmpty()) {
            return error("StartSession", "InvalidHostID");
        }
        try {
            tls = new Tls(
                    ScenarioIphone.deviceKeys().getPrivate(),
                    PairingCertificates.readCertificate(
                            host.get().data("DeviceCertificate").orElseThrow()),
                    PairingCertificates.readCertificate(
                            host.get().data("HostCertificate").orElseThrow()));
        } catch (IOException e) {
            return error("StartSession", "InvalidHostID");
        }
        sessionHost = hostId;
        return Reply.thenTls(PlistMessage.of(
                "Request",
                "StartSession",
                "SessionID",
                UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT),
                "EnableSessionSSL",
                true));
    }

    private Reply startService(PlistMessage request) {
        if (sessionHost.isEmpty()) {
            return error("StartService", "SessionInactive");
        }
        String service = request.string("Service").orElse("");
        if (!ServiceResponders.known(service)) {
            return error("StartService", "InvalidService");
        }
        int port = phone.grant(service, sessionHost.get());
        return Reply.of(
                PlistMessage.of("Request", "StartService", "Service", service, "Port", port, "EnableServiceSSL", true));
    }

    private static Reply error(String request, String error) {
        return Reply.of(PlistMessage.of("Request", request, "Error", error));
    }
}
