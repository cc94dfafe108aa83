package org.cleartrade.deviceio.dock.iphone;

import java.io.IOException;
import java.util.Optional;
import org.cleartrade.deviceio.dock.ios.PairingCertificates;
import org.cleartrade.deviceio.dock.ios.PlistMessage;

/** The device services a scripted iPhone runs: MCInstall and diagnostics_relay. */
final class ServiceResponders {

    private ServiceResponders() {}

    static boolean known(String service) {
        return service.equals(MCINSTALL) || service.equals(DIAGNOSTICS);
    }

    static final String MCINSTALL = "com.apple.mobile.MCInstall";
    static final String DIAGNOSTICS = "com.apple.mobile.diagnostics_relay";

    static PortResponder of(ScenarioIphone phone, ScenarioIphone.ServiceGrant grant) throws IOException {
        PlistMessage host = phone.host(grant.hostId())
                .orElseThrow(
                        () -> new IOException("the host that started " + grant.service() + " is no longer trusted"));
        PortResponder.Tls tls = new PortResponder.Tls(
                ScenarioIphone.deviceKeys().getPrivate(),
                PairingCertificates.readCertificate(
                        host.data("DeviceCertificate").orElseThrow()),
                PairingCertificates.readCertificate(host.data("HostCertificate").orElseThrow()));
        return grant.service().equals(MCINSTALL) ? new McInstall(phone, tls) : new Diagnostics(phone, tls);
    }

    /** com.apple.mobile.MCInstall: cloud configuration and EraseDevice. */
    private static final class McInstall implements PortResponder {
        private final ScenarioIphone phone;
        private final Tls tls;

        McInstall(ScenarioIphone phone, Tls tls) {
            this.phone = phone;
            this.tls = tls;
        }

        @Override
        public Tls tls() {
            return tls;
        }

        @Override
        public boolean tlsFromStart() {
            return true;
        }

        @Override
        public Reply handle(PlistMessage request) {
            IphoneScenario s = phone.scenario();
            return switch (request.string("RequestType").orElse("")) {
                case "Flush", "HelloHostIdentifier" -> Reply.of(PlistMessage.of("Status", "Acknowledged"));
                case "GetCloudConfiguration" ->
                    Reply.of(PlistMessage.of("Status", "Acknowledged", "CloudConfiguration", s.cloudConfiguration()));
                case "EraseDevice" -> erase(s);
                default -> Reply.of(PlistMessage.of("Status", "CommandFormatError"));
            };
        }

        private Reply erase(IphoneScenario s) {
            return switch (s.erase()) {
                case ACKNOWLEDGE -> {
                    phone.startErase();
                    yield Reply.thenClose(PlistMessage.of("Status", "Acknowledged"));
                }
                case CLOSE -> {
                    phone.startErase();
                    yield Reply.hangUp();
                }
                case REFUSE -> Reply.of(s.eraseRefusal());
            };
        }
    }

    /** com.apple.mobile.diagnostics_relay: the IORegistry power source. */
    private static final class Diagnostics implements PortResponder {
        private final ScenarioIphone phone;
        private final Tls tls;

        Diagnostics(ScenarioIphone phone, Tls tls) {
            this.phone = phone;
            this.tls = tls;
        }

        @Override
        public Tls tls() {
            return tls;
        }

        @Override
        public boolean tlsFromStart() {
            return true;
        }

        @Override
        public Reply handle(PlistMessage request) {
            String name = request.string("Request").orElse("");
            if (name.equals("Goodbye")) {
                return Reply.thenClose(PlistMessage.of("Status", "Success"));
            }
            Optional<PlistMessage> power = phone.scenario().powerSource();
            if (name.equals("IORegistry")
                    && request.string("EntryClass")
                            .filter("IOPMPowerSource"::equals)
                            .isPresent()
                    && power.isPresent()) {
                return Reply.of(PlistMessage.of(
                        "Status", "Success", "Diagnostics", PlistMessage.of("IORegistry", power.get())));
            }
            return Reply.of(PlistMessage.of("Status", "Failure"));
        }
    }
}
