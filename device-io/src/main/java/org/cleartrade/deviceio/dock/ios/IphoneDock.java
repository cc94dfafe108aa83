package org.cleartrade.deviceio.dock.ios;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cleartrade.deviceio.dock.android.Pacer;
import org.cleartrade.ports.DeviceException;
import org.cleartrade.ports.dock.DockStatus;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.EraseRefusedException;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.IphoneEraseMethod;
import org.cleartrade.ports.dock.PhoneDock;
import org.cleartrade.ports.dock.PhoneGoneException;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.ports.dock.Platform;

/**
 * The phone dock for iPhones, through usbmuxd and lockdownd (docs/protocols/ios.md).
 *
 * <ol>
 *   <li>{@link #status()} lists the USB devices usbmuxd sees. A new iPhone is reported at once,
 *       before any pairing, so the seller is coached at once; from the next reading on the dock
 *       asks it to pair (at most once a second), which puts "Trust This Computer?" on its screen.
 *       The phone's refusals become prompts: locked (unlock it), dialog pending (tap Trust),
 *       declined (plug in again). Once paired the phone is AUTHORIZED and its serial is read.
 *   <li>{@link #identify()} and {@link #inspect()} read the phone in a TLS lockdown session.
 *   <li>{@link #erase()} asks MCInstall for "Erase All Content and Settings". The pairing is then
 *       worthless (the phone forgets it) and is deleted at once; the UDID is remembered with its
 *       serial ({@link ErasedPhones}) and is not paired again on its own, until it shows up activated
 *       again (set up anew by a seller who took it back).
 *   <li>{@link #verifyErased} waits for the same UDID to come back and reads {@code
 *       ActivationState} and the serial, unpaired where the phone allows it, otherwise through a
 *       fresh pairing, which a phone in the setup assistant accepts without asking. "Unactivated"
 *       with the same UDID and serial is {@link org.cleartrade.ports.dock.VerificationEvidence#RETURNED_UNACTIVATED}.
 * </ol>
 *
 * <p>Pair records live in an owner-only {@link PairRecordStore} only while needed: deleted when the
 * erase starts, when the phone leaves the cable, when the session ends ({@link #release()}) and
 * (left over by a stopped process) when the dock starts; the daemon's own copy for the UDID is deleted with it. The fresh pairing of the
 * verification is never written down.
 *
 * <p>Thread-safe: state is in concurrent maps and synchronized stores; calls may overlap.
 */
public final class IphoneDock implements PhoneDock {

    private static final System.Logger LOG = System.getLogger(IphoneDock.class.getName());
    public static final String TOOL = "ClearTrade iPhone dock (usbmuxd, lockdownd, com.apple.mobile.MCInstall)";
    public static final String TOOL_VERSION = "1.0.0";
    public static final String VERIFY_METHOD = "Same UDID and serial number back on USB after the erase, unpaired;"
            + " ActivationState read back from the phone";
    static final Duration PAIR_RETRY = Duration.ofSeconds(1);
    static final Duration POLL = Duration.ofSeconds(1);

    private final Usbmux mux;
    private final PairRecordStore records;
    private final ErasedPhones erased;
    private final PairingCertificates certificates;
    private final Clock clock;
    private final Pacer pacer;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, String> serials = new ConcurrentHashMap<>();
    /** Erased phones found still in the setup assistant since they last appeared on USB. */
    private final Set<String> confirmedErased = ConcurrentHashMap.newKeySet();

    /** A pairing the seller has not accepted yet: the same record is offered again until they do. */
    private record Pending(Optional<PairRecord> record, Instant lastTry, DockStatus status) {}

    /**
     * @param records pair records; any left by a stopped process are deleted now
     */
    public IphoneDock(
            Usbmux mux,
            PairRecordStore records,
            ErasedPhones erased,
            PairingCertificates certificates,
            Clock clock,
            Pacer pacer) {
        this.mux = mux;
        this.records = records;
        this.erased = erased;
        this.certificates = certificates;
        this.clock = clock;
        this.pacer = pacer;
        purgeLeftovers();
    }

    /** Plist requests sent to usbmuxd and the phone so far. */
    public long roundTrips() {
        return mux.requests();
    }

    @Override
    public DockStatus status() {
        List<UsbmuxDevice> usb = devices();
        forgetDeparted(usb);
        if (usb.isEmpty()) {
            return DockStatus.empty();
        }
        UsbmuxDevice device = usb.get(0);
        Optional<ErasedPhones.Entry> wiped = erased.get(device.udid());
        if (wiped.isPresent() && !stillErased(device)) {
            // Set up again since its erase (a seller who took it back): a phone like any other.
            erased.remove(device.udid());
            wiped = Optional.empty();
        }
        if (wiped.isPresent()) {
            // Erased here: unpaired in the setup assistant. Its serial is the one inspection tied to this UDID.
            return DockStatus.of(
                    DockStatus.State.UNAUTHORIZED, Optional.of(wiped.get().serial()), Platform.IPHONE);
        }
        if (records.has(device.udid())) {
            return DockStatus.of(
                    DockStatus.State.AUTHORIZED, Optional.ofNullable(serials.get(device.udid())), Platform.IPHONE);
        }
        return pair(device);
    }

    @Override
    public PhoneIdentity identify() {
        return IphoneInspector.identity(facts(false));
    }

    @Override
    public InspectionReport inspect() {
        return IphoneInspector.report(facts(true));
    }

    @Override
    public EraseAcknowledgement erase() {
        Target target = target();
        DeviceServices.EraseAnswer answer;
        String version;
        String serial;
        try (LockdownClient session = session(target)) {
            PlistMessage values = session.getValues(null);
            version = values.string("ProductVersion").orElse("version unknown");
            serial = values.string("SerialNumber").orElse(target.serial());
            if (serial.isEmpty()) {
                throw new IOException("the iPhone gave no SerialNumber");
            }
            LockdownClient.ServicePort port = session.startService(
                    DeviceServices.MCINSTALL, target.record().escrowBag());
            try (PhoneLink mcinstall = service(target, port)) {
                answer = DeviceServices.erase(mcinstall);
            }
        } catch (IOException e) {
            throw failure(target.device(), "could not ask the iPhone to erase", e);
        }
        Instant at = clock.instant();
        if (answer instanceof DeviceServices.EraseAnswer.Refused refused) {
            throw new EraseRefusedException("The iPhone refused to erase: " + refused.reason());
        }
        String evidence = answer instanceof DeviceServices.EraseAnswer.Acknowledged
                ? "MCInstall EraseDevice answered Status=Acknowledged"
                : "MCInstall EraseDevice: the phone closed the connection at once to erase";
        erased.add(target.device().udid(), serial, at);
        forget(target.device().udid());
        return new EraseAcknowledgement(at, IphoneEraseMethod.describe(version), TOOL, TOOL_VERSION, evidence);
    }

    @Override
    public EraseVerification verifyErased(String expectedSerial, Duration timeout) {
        Optional<String> udid = erased.udidOf(expectedSerial);
        if (udid.isEmpty()) {
            return EraseVerification.failed(
                    clock.instant(),
                    VERIFY_METHOD,
                    "This dock has no erase of serial " + expectedSerial + " on record");
        }
        return new UnactivatedVerifier(mux, certificates, clock, pacer, POLL)
                .verify(udid.get(), expectedSerial, timeout);
    }

    /** An iPhone erases itself when lockdown asks it to: there is nothing to install first. */
    @Override
    public Optional<String> eraseBlocker() {
        return Optional.empty();
    }

    @Override
    public boolean remembersErase(String serial) {
        return erased.udidOf(serial).isPresent();
    }

    /**
     * Asks a paired phone still on the cable to forget the kiosk ({@code Unpair}), then deletes every
     * pair record, the kiosk's and usbmuxd's, and forgets pending pairings: a phone left on the cable
     * after its session must be trusted again by the next seller. A phone that does not answer the
     * unpairing keeps a trust no record on the kiosk can use any more; that is logged.
     */
    @Override
    public void release() {
        for (UsbmuxDevice device : devices()) {
            unpair(device);
        }
        Set<String> known = new HashSet<>(pending.keySet());
        known.addAll(serials.keySet());
        try {
            known.addAll(records.udids());
        } catch (IOException e) {
            throw new DeviceException(
                    "cannot list the pair records in " + records.directory() + ": " + e.getMessage(), e);
        }
        known.forEach(this::forget);
    }

    private void unpair(UsbmuxDevice device) {
        try {
            Optional<PairRecord> record = records.read(device.udid());
            if (record.isEmpty()) {
                return;
            }
            try (LockdownClient lockdown = open(device)) {
                lockdown.unpair(record.get());
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "iPhone " + device.udid() + " did not forget the kiosk: " + e.getMessage());
        }
    }

    /**
     * Whether an erased phone on the cable is still in the setup assistant, asked once each time it
     * appears on USB (unpaired {@code ActivationState}, which lockdownd gives without a session). Only
     * "Activated" says it was set up again; a phone that does not say is taken as still erased.
     */
    private boolean stillErased(UsbmuxDevice device) {
        if (confirmedErased.contains(device.udid())) {
            return true;
        }
        Optional<String> state;
        try (LockdownClient lockdown = open(device)) {
            state = lockdown.getValue(null, "ActivationState").flatMap(v -> v.string("Value"));
        } catch (IOException e) {
            LOG.log(
                    Level.DEBUG,
                    () -> "erased iPhone " + device.udid() + " does not say its ActivationState yet: "
                            + e.getMessage());
            return true;
        }
        if (state.filter("Activated"::equals).isPresent()) {
            return false;
        }
        confirmedErased.add(device.udid());
        return true;
    }

    /** Asks the phone to pair, at most once per {@link #PAIR_RETRY}; reports what it said. */
    private DockStatus pair(UsbmuxDevice device) {
        String udid = device.udid();
        Pending last = pending.get(udid);
        Instant now = clock.instant();
        if (last == null) {
            // First sighting: say at once that an iPhone is here; pairing starts at the next reading.
            DockStatus seen = new DockStatus(
                    DockStatus.State.UNAUTHORIZED, Optional.empty(), Optional.of(Platform.IPHONE), Optional.empty());
            pending.put(udid, new Pending(Optional.empty(), now.minus(PAIR_RETRY), seen));
            return seen;
        }
        if (now.isBefore(last.lastTry().plus(PAIR_RETRY))) {
            return last.status();
        }
        Optional<PairRecord> offered = last.record();
        try (LockdownClient lockdown = open(device)) {
            if (offered.isEmpty()) {
                byte[] key = lockdown.getValue(null, "DevicePublicKey")
                        .flatMap(v -> v.data("Value"))
                        .orElseThrow(() -> new IOException("the iPhone gave no DevicePublicKey"));
                offered = Optional.of(certificates.newRecord(key, mux.systemBuid()));
            }
            Optional<byte[]> escrow = lockdown.pair(offered.get());
            PairRecord record = offered.get().withEscrowBag(escrow);
            records.save(udid, record);
            pending.remove(udid);
            String serial = readSerial(device, record);
            serials.put(udid, serial);
            return DockStatus.of(DockStatus.State.AUTHORIZED, Optional.of(serial), Platform.IPHONE);
        } catch (LockdownException e) {
            DockStatus status = prompt(e)
                    .map(p -> DockStatus.waiting(Optional.empty(), Platform.IPHONE, p))
                    .orElse(DockStatus.of(DockStatus.State.OFFLINE, Optional.empty(), Platform.IPHONE));
            pending.put(udid, new Pending(offered, now, status));
            return status;
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> "iPhone " + udid + " does not answer lockdown yet: " + e.getMessage());
            DockStatus status = DockStatus.of(DockStatus.State.OFFLINE, Optional.empty(), Platform.IPHONE);
            pending.put(udid, new Pending(offered, now, status));
            return status;
        }
    }

    private static Optional<DockStatus.Prompt> prompt(LockdownException e) {
        return switch (e.error()) {
            case LockdownException.PASSWORD_PROTECTED -> Optional.of(DockStatus.Prompt.UNLOCK);
            case LockdownException.PAIRING_DIALOG_PENDING -> Optional.of(DockStatus.Prompt.TRUST);
            case LockdownException.USER_DENIED_PAIRING -> Optional.of(DockStatus.Prompt.TRUST_DECLINED);
            default -> Optional.empty();
        };
    }

    private String readSerial(UsbmuxDevice device, PairRecord record) throws IOException {
        try (LockdownClient session = open(device)) {
            session.startSession(record);
            return session.getValue(null, "SerialNumber")
                    .flatMap(v -> v.string("Value"))
                    .orElse("");
        }
    }

    private IphoneFacts facts(boolean full) {
        Target target = target();
        try (LockdownClient session = session(target)) {
            PlistMessage values = session.getValues(null);
            PlistMessage disk = session.getValues("com.apple.disk_usage");
            PlistMessage findMy = full ? session.getValues("com.apple.fmip") : PlistMessage.of();
            Optional<PlistMessage> battery = Optional.empty();
            Optional<PlistMessage> cloud = Optional.empty();
            if (full) {
                battery = optionalService(target, session, DeviceServices.DIAGNOSTICS, DeviceServices::powerSource);
                cloud = optionalService(target, session, DeviceServices.MCINSTALL, DeviceServices::cloudConfiguration);
            }
            values.string("SerialNumber")
                    .ifPresent(s -> serials.put(target.device().udid(), s));
            return new IphoneFacts(values, disk, findMy, battery, cloud);
        } catch (IOException e) {
            throw failure(target.device(), "could not read the iPhone", e);
        }
    }

    /** A service whose answer inspection can do without: a refusal becomes "unverified", not a failure. */
    private Optional<PlistMessage> optionalService(Target target, LockdownClient session, String name, ServiceCall call)
            throws IOException {
        LockdownClient.ServicePort port;
        try {
            port = session.startService(name, target.record().escrowBag());
        } catch (LockdownException e) {
            LOG.log(Level.INFO, () -> "iPhone " + target.device().udid() + " did not start " + name + ": " + e.error());
            return Optional.empty();
        }
        try (PhoneLink link = service(target, port)) {
            return call.read(link);
        }
    }

    @FunctionalInterface
    private interface ServiceCall {
        Optional<PlistMessage> read(PhoneLink link) throws IOException;
    }

    /** The paired iPhone on the cable. */
    private record Target(UsbmuxDevice device, PairRecord record, String serial) {}

    private Target target() {
        List<UsbmuxDevice> usb = devices();
        if (usb.isEmpty()) {
            throw new PhoneGoneException("No iPhone is on the dock");
        }
        UsbmuxDevice device = usb.get(0);
        try {
            PairRecord record = records.read(device.udid())
                    .orElseThrow(() -> new PhoneGoneException("The iPhone on the dock has not trusted the kiosk"));
            return new Target(device, record, serials.getOrDefault(device.udid(), ""));
        } catch (IOException e) {
            throw new DeviceException("cannot read the pair record of " + device.udid() + ": " + e.getMessage(), e);
        }
    }

    private LockdownClient open(UsbmuxDevice device) throws IOException {
        LockdownClient lockdown = new LockdownClient(mux.connect(device, LockdownClient.PORT));
        try {
            String type = lockdown.queryType();
            if (!LockdownClient.LOCKDOWN_TYPE.equals(type)) {
                throw new IOException("port " + LockdownClient.PORT + " answers as " + type + ", not lockdownd");
            }
            return lockdown;
        } catch (IOException | RuntimeException e) {
            lockdown.close();
            throw e;
        }
    }

    private LockdownClient session(Target target) throws IOException {
        LockdownClient lockdown = open(target.device());
        try {
            lockdown.startSession(target.record());
            return lockdown;
        } catch (IOException | RuntimeException e) {
            lockdown.close();
            throw e;
        }
    }

    private PhoneLink service(Target target, LockdownClient.ServicePort port) throws IOException {
        PhoneLink link = mux.connect(target.device(), port.port());
        if (port.tls()) {
            try {
                link.startTls(target.record());
            } catch (IOException | RuntimeException e) {
                link.close();
                throw e;
            }
        }
        return link;
    }

    /** A failed call: the phone left (PhoneGone) when usbmuxd no longer lists it, otherwise a device fault. */
    private DeviceException failure(UsbmuxDevice device, String what, IOException cause) {
        boolean stillThere;
        try {
            stillThere = mux.devices().stream().anyMatch(d -> d.udid().equals(device.udid()));
        } catch (IOException e) {
            stillThere = false;
        }
        return stillThere
                ? new DeviceException(what + " " + device.udid() + ": " + cause.getMessage(), cause)
                : new PhoneGoneException("iPhone " + device.udid() + " was unplugged: " + cause.getMessage(), cause);
    }

    private List<UsbmuxDevice> devices() {
        try {
            return mux.devices().stream().filter(UsbmuxDevice::usb).toList();
        } catch (IOException e) {
            throw new DeviceException("usbmuxd does not answer: " + e.getMessage(), e);
        }
    }

    /** Drops everything held for phones no longer on USB: pair records (ours and the daemon's), pending pairings. */
    private void forgetDeparted(List<UsbmuxDevice> usb) {
        Set<String> present = new HashSet<>();
        usb.forEach(d -> present.add(d.udid()));
        Set<String> known = new HashSet<>(pending.keySet());
        known.addAll(serials.keySet());
        try {
            known.addAll(records.udids());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list pair records: " + e.getMessage());
        }
        known.removeAll(present);
        known.forEach(this::forget);
        confirmedErased.retainAll(present);
    }

    private void forget(String udid) {
        pending.remove(udid);
        serials.remove(udid);
        try {
            records.delete(udid);
        } catch (IOException e) {
            LOG.log(Level.ERROR, "cannot delete the pair record of " + udid + ": " + e.getMessage());
        }
        try {
            mux.deletePairRecord(udid);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "usbmuxd could not delete its pair record of " + udid + ": " + e.getMessage());
        }
    }

    private void purgeLeftovers() {
        try {
            for (String udid : records.udids()) {
                forget(udid);
            }
        } catch (IOException e) {
            throw new DeviceException(
                    "cannot clear old pair records in " + records.directory() + ": " + e.getMessage(), e);
        }
    }
}
