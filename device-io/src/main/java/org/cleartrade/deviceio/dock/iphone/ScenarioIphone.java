package org.cleartrade.deviceio.dock.iphone;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cleartrade.deviceio.dock.ios.PairingCertificates;
import org.cleartrade.deviceio.dock.ios.PlistMessage;

/**
 * One scripted iPhone on the cable, playing an {@link IphoneScenario} the way a real iPhone
 * behaves at each moment (sources in docs/protocols/ios.md):
 *
 * <ul>
 *   <li>Locked with a passcode it refuses to pair ({@code PasswordProtected}) until {@link #unlock}.
 *   <li>Unlocked and not yet trusting the host's system BUID, a pair request puts "Trust This
 *       Computer?" on screen and is answered {@code PairingDialogResponsePending} until the seller
 *       taps Trust ({@link #tapTrust}) or Don't Trust ({@link #tapDontTrust}, then {@code
 *       UserDeniedPairing} until it is plugged in again, which is a new {@code ScenarioIphone}).
 *   <li>In the setup assistant ({@code ActivationState} Unactivated) it pairs without asking.
 *   <li>Asked by MCInstall to erase, it acknowledges (or refuses), leaves USB for the scenario's
 *       erase time and comes back as the after-erase scenario: same UDID and serial, unactivated,
 *       trusting nobody. Or it never comes back.
 * </ul>
 *
 * Its RSA device key is shared by every scripted iPhone of the process (generated once: key
 * generation is slow and the fake proves the protocol, not key uniqueness).
 *
 * <p>Thread-safe: every method is synchronized.
 */
public final class ScenarioIphone {

    /** Where the phone is, as the cable sees it. */
    public enum Presence {
        GONE,
        ERASING,
        PRESENT
    }

    /** The trust dialog, as the seller sees it. */
    public enum Prompt {
        NONE,
        SHOWN,
        ACCEPTED,
        DECLINED
    }

    private static KeyPair deviceKeys;

    private final Clock clock;
    private final Function<String, IphoneScenario> scenarios;
    private IphoneScenario scenario;
    private boolean locked;
    private Prompt prompt = Prompt.NONE;
    private final Set<String> trustedBuids = new HashSet<>();
    private final Map<String, PlistMessage> hosts = new HashMap<>();
    private final Map<Integer, ServiceGrant> services = new HashMap<>();
    private int nextPort = 49152;
    private int requests;
    private boolean unplugged;
    private Instant erasingUntil;
    private boolean neverBack;

    /** A started service waiting for its connection, with the host whose session started it. */
    record ServiceGrant(String service, String hostId) {}

    public ScenarioIphone(IphoneScenario scenario, Clock clock, Function<String, IphoneScenario> scenarios) {
        this.scenario = scenario;
        this.clock = clock;
        this.scenarios = scenarios;
        this.locked = scenario.lockedOnPlug();
    }

    /**
     * What a phone on the cable is, physically: enough to put the same phone back after the kiosk
     * restarts ({@link #restore}).
     */
    public record State(
            String scenarioId,
            boolean locked,
            Prompt prompt,
            Set<String> trustedBuids,
            int requests,
            Optional<Instant> erasingUntil,
            boolean neverBack) {
        public State {
            trustedBuids = Set.copyOf(trustedBuids);
        }
    }

    public static ScenarioIphone restore(State state, Clock clock, Function<String, IphoneScenario> scenarios) {
        ScenarioIphone phone = new ScenarioIphone(scenarios.apply(state.scenarioId()), clock, scenarios);
        phone.locked = state.locked();
        phone.prompt = state.prompt();
        phone.trustedBuids.addAll(state.trustedBuids());
        phone.requests = state.requests();
        phone.erasingUntil = state.erasingUntil().orElse(null);
        phone.neverBack = state.neverBack();
        return phone;
    }

    public synchronized State state() {
        settle();
        return new State(
                scenario.id(), locked, prompt, trustedBuids, requests, Optional.ofNullable(erasingUntil), neverBack);
    }

    public synchronized IphoneScenario scenario() {
        settle();
        return scenario;
    }

    public synchronized Presence presence() {
        settle();
        if (unplugged || neverBack) {
            return Presence.GONE;
        }
        return erasingUntil != null ? Presence.ERASING : Presence.PRESENT;
    }

    public synchronized Prompt prompt() {
        return prompt;
    }

    /** The seller unlocks the phone with the passcode. */
    public synchronized void unlock() {
        locked = false;
    }

    /** The seller taps "Trust" (and enters the passcode). */
    public synchronized void tapTrust() {
        if (prompt == Prompt.SHOWN) {
            prompt = Prompt.ACCEPTED;
        }
    }

    /** The seller taps "Don't Trust". */
    public synchronized void tapDontTrust() {
        if (prompt == Prompt.SHOWN) {
            prompt = Prompt.DECLINED;
        }
    }

    /** The seller pulls the cable. */
    public synchronized void unplug() {
        unplugged = true;
    }

    /** Opens a connection to {@code port}; a port nothing listens on is an {@link IOException}. */
    public synchronized PortResponder open(int port) throws IOException {
        if (presence() != Presence.PRESENT) {
            throw new IOException("the iPhone is not on USB (" + presence() + ")");
        }
        if (port == 62078) {
            return new LockdownResponder(this);
        }
        ServiceGrant grant = services.remove(port);
        if (grant == null) {
            throw new IOException("connection refused: nothing listens on port " + port);
        }
        return ServiceResponders.of(this, grant);
    }

    // ---- used by the responders ----

    synchronized boolean locked() {
        return locked;
    }

    /**
     * Counts one lockdown request inside a session; false when the seller pulls the cable instead
     * of the phone answering it.
     */
    synchronized boolean countSessionRequest() {
        requests++;
        if (scenario.unplugAfterRequests().isPresent()
                && requests > scenario.unplugAfterRequests().getAsInt()) {
            unplugged = true;
            return false;
        }
        return !unplugged;
    }

    /**
     * The trust decision for a pair request from {@code systemBuid}: empty when the phone pairs,
     * otherwise the lockdown error it answers.
     */
    synchronized Optional<String> pairingDecision(String systemBuid) {
        if (locked) {
            return Optional.of("PasswordProtected");
        }
        if (scenario.inSetupAssistant() || trustedBuids.contains(systemBuid)) {
            return Optional.empty();
        }
        return switch (prompt) {
            case NONE -> {
                prompt = Prompt.SHOWN;
                yield Optional.of("PairingDialogResponsePending");
            }
            case SHOWN -> Optional.of("PairingDialogResponsePending");
            case DECLINED -> Optional.of("UserDeniedPairing");
            case ACCEPTED -> Optional.empty();
        };
    }

    synchronized void trust(String systemBuid, String hostId, PlistMessage pairRecord) {
        trustedBuids.add(systemBuid);
        hosts.put(hostId, pairRecord);
        prompt = Prompt.NONE;
    }

    /** Drops a host's pairing and the trust in its system BUID; false when the host was not paired. */
    synchronized boolean forget(String hostId) {
        PlistMessage record = hosts.remove(hostId);
        if (record == null) {
            return false;
        }
        record.string("SystemBUID").ifPresent(trustedBuids::remove);
        return true;
    }

    synchronized Optional<PlistMessage> host(String hostId) {
        return Optional.ofNullable(hosts.get(hostId));
    }

    synchronized int grant(String service, String hostId) {
        int port = nextPort++;
        services.put(port, new ServiceGrant(service, hostId));
        return port;
    }

    /** MCInstall accepted the erase: the phone leaves USB to erase itself. */
    synchronized void startErase() {
        erasingUntil = clock.instant().plus(scenario.eraseTakes());
    }

    static synchronized KeyPair deviceKeys() {
        if (deviceKeys == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048, new SecureRandom());
                deviceKeys = generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("no RSA key generator", e);
            }
        }
        return deviceKeys;
    }

    /** The phone's {@code DevicePublicKey}, PKCS#1 PEM. */
    static byte[] devicePublicKey() {
        return PairingCertificates.pkcs1Pem(deviceKeys().getPublic());
    }

    private void settle() {
        if (erasingUntil != null && !clock.instant().isBefore(erasingUntil)) {
            erasingUntil = null;
            if (scenario.returnsAs().isEmpty()) {
                neverBack = true;
                return;
            }
            scenario = scenarios.apply(scenario.returnsAs().get());
            locked = scenario.lockedOnPlug();
            prompt = Prompt.NONE;
            trustedBuids.clear();
            hosts.clear();
            services.clear();
            requests = 0;
        }
    }
}
