package org.cleartrade.deviceio.dock.ios;

import java.io.IOException;
import java.util.Optional;

/**
 * The host side of lockdownd (TCP port 62078 on the phone, reached through usbmuxd): a request is
 * a dictionary {@code {Label, Request, ...options}}, the answer echoes {@code Request} and carries
 * either the result or {@code Error}.
 *
 * <pre>
 * QueryType                          -> Type "com.apple.mobile.lockdown"
 * GetValue [Domain] [Key]            -> Value (one value, or the domain's dictionary)
 * Pair PairRecord ProtocolVersion "2" PairingOptions{ExtendedPairingErrors}
 *                                    -> EscrowBag | Error PasswordProtected, PairingDialogResponsePending,
 *                                       UserDeniedPairing
 * StartSession HostID SystemBUID     -> SessionID, EnableSessionSSL (TLS starts on this connection)
 * StartService Service [EscrowBag]   -> Port, EnableServiceSSL
 * </pre>
 *
 * Before a session only a small set of values is readable (docs/protocols/ios.md). Not
 * thread-safe: one conversation per connection.
 */
public final class LockdownClient implements AutoCloseable {

    public static final int PORT = 62078;
    public static final String LOCKDOWN_TYPE = "com.apple.mobile.lockdown";
    static final String LABEL = "cleartrade-kiosk";

    private final PhoneLink link;
    private boolean session;

    public LockdownClient(PhoneLink link) {
        this.link = link;
    }

    /** What the port is: lockdownd answers "com.apple.mobile.lockdown" (a phone in recovery does not). */
    public String queryType() throws IOException {
        return request("QueryType").string("Type").orElse("");
    }

    /** One value; empty when the phone does not give it (not set, or not readable here). */
    public Optional<PlistMessage> getValue(String domain, String key) throws IOException {
        try {
            PlistMessage answer = request("GetValue", "Domain", domain, "Key", key);
            return answer.has("Value") ? Optional.of(answer) : Optional.empty();
        } catch (LockdownException e) {
            if (e.is(LockdownException.MISSING_VALUE)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Every value of a domain (null for the default domain); empty dictionary when none. */
    public PlistMessage getValues(String domain) throws IOException {
        try {
            return request("GetValue", "Domain", domain).dict("Value").orElse(PlistMessage.of());
        } catch (LockdownException e) {
            if (e.is(LockdownException.MISSING_VALUE)) {
                return PlistMessage.of();
            }
            throw e;
        }
    }

    /**
     * Asks the phone to trust this host. On an activated phone this shows "Trust This Computer?";
     * the request fails with {@link LockdownException#PAIRING_DIALOG_PENDING} until the seller
     * answers, so callers ask again. A phone in the setup assistant pairs without asking.
     *
     * @return the escrow bag the phone gave, if any
     */
    public Optional<byte[]> pair(PairRecord record) throws IOException {
        PlistMessage answer = request(
                "Pair",
                "PairRecord",
                record.forDevice(),
                "ProtocolVersion",
                "2",
                "PairingOptions",
                PlistMessage.of("ExtendedPairingErrors", true));
        return answer.data("EscrowBag");
    }

    /**
     * Asks the phone to forget this host, so it no longer trusts the kiosk. As libimobiledevice's
     * {@code lockdownd_unpair} (src/lockdown.c, verb "Unpair") sends it: the pair record carries only
     * the HostID, over a plain lockdown connection.
     */
    public void unpair(PairRecord record) throws IOException {
        request("Unpair", "PairRecord", PlistMessage.of("HostID", record.hostId()), "ProtocolVersion", "2");
    }

    /** Starts a session as the host of {@code record}, switching the connection to TLS when asked. */
    public void startSession(PairRecord record) throws IOException {
        PlistMessage answer = request("StartSession", "HostID", record.hostId(), "SystemBUID", record.systemBuid());
        if (answer.bool("EnableSessionSSL").orElse(false)) {
            link.startTls(record);
        }
        session = true;
    }

    public boolean inSession() {
        return session;
    }

    /** Starts a service; the answer says on which port and whether it speaks TLS. */
    public ServicePort startService(String service, Optional<byte[]> escrowBag) throws IOException {
        PlistMessage answer = request("StartService", "Service", service, "EscrowBag", escrowBag.orElse(null));
        long port = answer.integer("Port").orElse(-1);
        if (port <= 0 || port > 0xffff) {
            throw new IOException("lockdownd gave no port for " + service + ": " + answer.keys());
        }
        return new ServicePort(
                service, (int) port, answer.bool("EnableServiceSSL").orElse(false));
    }

    /** Where a started service listens. */
    public record ServicePort(String service, int port, boolean tls) {}

    private PlistMessage request(String name, Object... options) throws IOException {
        Object[] fields = new Object[options.length + 4];
        fields[0] = "Label";
        fields[1] = LABEL;
        fields[2] = "Request";
        fields[3] = name;
        System.arraycopy(options, 0, fields, 4, options.length);
        PlistMessage answer = link.exchange(PlistMessage.of(fields));
        Optional<String> error = answer.string("Error");
        if (error.isPresent()) {
            throw new LockdownException(name, error.get());
        }
        if (!answer.string("Request").filter(name::equals).isPresent()) {
            throw new IOException(
                    "lockdownd answered " + answer.string("Request").orElse("nothing") + " to " + name);
        }
        return answer;
    }

    @Override
    public void close() throws IOException {
        link.close();
    }
}
