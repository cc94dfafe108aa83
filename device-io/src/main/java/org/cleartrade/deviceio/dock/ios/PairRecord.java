package org.cleartrade.deviceio.dock.ios;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * What pairing leaves with the host: the certificates both sides now trust and the host's private
 * keys. Field names are those of the pair records usbmuxd keeps (libimobiledevice's userpref), so a
 * record read from the daemon ({@code ReadPairRecord}) and one the kiosk made itself look alike.
 * Certificates and keys are PEM text in plist data values, as lockdownd expects.
 *
 * <p>A pair record opens the seller's phone to anyone who holds it: the kiosk keeps it only in an
 * owner-only file ({@link PairRecordStore}) while the phone is on the dock, and never logs it.
 *
 * @param hostId the host's identity in {@code StartSession}, a UUID
 * @param systemBuid usbmuxd's system BUID, which the phone associates with the trust it granted
 */
public record PairRecord(
        String hostId,
        String systemBuid,
        byte[] deviceCertificate,
        byte[] hostCertificate,
        byte[] hostPrivateKey,
        byte[] rootCertificate,
        byte[] rootPrivateKey,
        Optional<byte[]> escrowBag) {

    public PairRecord {
        Objects.requireNonNull(hostId, "hostId");
        Objects.requireNonNull(systemBuid, "systemBuid");
        deviceCertificate = deviceCertificate.clone();
        hostCertificate = hostCertificate.clone();
        hostPrivateKey = hostPrivateKey.clone();
        rootCertificate = rootCertificate.clone();
        rootPrivateKey = rootPrivateKey.clone();
        escrowBag = escrowBag.map(byte[]::clone);
    }

    /** The same record with the escrow bag the phone returned from {@code Pair}. */
    public PairRecord withEscrowBag(Optional<byte[]> bag) {
        return new PairRecord(
                hostId,
                systemBuid,
                deviceCertificate,
                hostCertificate,
                hostPrivateKey,
                rootCertificate,
                rootPrivateKey,
                bag);
    }

    /** The whole record, as usbmuxd stores it. */
    public PlistMessage toPlist() {
        PlistMessage m = forDevice().with("HostPrivateKey", hostPrivateKey).with("RootPrivateKey", rootPrivateKey);
        return escrowBag.map(bag -> m.with("EscrowBag", bag)).orElse(m);
    }

    /**
     * What the {@code Pair} request carries: certificates and identities, never a private key
     * (libimobiledevice sends the same subset).
     */
    public PlistMessage forDevice() {
        return PlistMessage.of(
                "DeviceCertificate", deviceCertificate,
                "HostCertificate", hostCertificate,
                "RootCertificate", rootCertificate,
                "HostID", hostId,
                "SystemBUID", systemBuid);
    }

    /** Reads a stored record; a missing field is an {@link IOException} naming it. */
    public static PairRecord fromPlist(PlistMessage m) throws IOException {
        return new PairRecord(
                required(m.string("HostID"), "HostID"),
                required(m.string("SystemBUID"), "SystemBUID"),
                required(m.data("DeviceCertificate"), "DeviceCertificate"),
                required(m.data("HostCertificate"), "HostCertificate"),
                required(m.data("HostPrivateKey"), "HostPrivateKey"),
                required(m.data("RootCertificate"), "RootCertificate"),
                required(m.data("RootPrivateKey"), "RootPrivateKey"),
                m.data("EscrowBag"));
    }

    private static <T> T required(Optional<T> value, String key) throws IOException {
        return value.orElseThrow(() -> new IOException("pair record has no " + key));
    }

    @Override
    public String toString() {
        return "PairRecord[hostId=" + hostId + "]";
    }
}
