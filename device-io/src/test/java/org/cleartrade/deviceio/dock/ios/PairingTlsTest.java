package org.cleartrade.deviceio.dock.ios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.Test;

/** The pairing's certificates, and TLS that accepts exactly the certificates the pairing issued. */
class PairingTlsTest {

    private final KeyPair device = IphoneWorld.sharedKeys().get();

    @Test
    void theDeviceCertificateCarriesThePhonesKeyAndIsSignedByTheRoot() throws Exception {
        PairRecord record = newRecord();

        X509Certificate root = PairingCertificates.readCertificate(record.rootCertificate());
        X509Certificate deviceCert = PairingCertificates.readCertificate(record.deviceCertificate());
        X509Certificate host = PairingCertificates.readCertificate(record.hostCertificate());

        assertThat(deviceCert.getPublicKey()).isEqualTo(device.getPublic());
        deviceCert.verify(root.getPublicKey());
        host.verify(root.getPublicKey());
        assertThat(root.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(host.getBasicConstraints()).isEqualTo(-1);
        assertThat(record.hostId()).matches("[0-9A-F-]{36}");
    }

    @Test
    void aPkcs1DevicePublicKeyReadsBack() throws IOException {
        byte[] pem = PairingCertificates.pkcs1Pem(device.getPublic());
        assertThat(new String(pem, java.nio.charset.StandardCharsets.US_ASCII))
                .startsWith("-----BEGIN RSA PUBLIC KEY-----");
        assertThat(PairingCertificates.readPublicKey(pem)).isEqualTo(device.getPublic());
    }

    @Test
    void hostAndPhoneAgreeOnTls12AndCarryBytesBothWays() throws Exception {
        PairRecord record = newRecord();
        Pipes pipes = new Pipes();
        CompletableFuture<TlsConnection> phone = CompletableFuture.supplyAsync(() -> deviceSide(record, record, pipes));

        TlsConnection host = TlsConnection.handshake(PairingTls.hostEngine(record), pipes.hostIn, pipes.hostOut);
        TlsConnection phoneEnd = phone.get(20, TimeUnit.SECONDS);
        host.output().write("ping".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] got = phoneEnd.input().readNBytes(4);

        assertThat(new String(got, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ping");
        assertThat(host.protocol()).isEqualTo("TLSv1.2");
    }

    @Test
    void aPhoneRefusesAHostCertificateFromAnotherPairing() throws Exception {
        PairRecord trusted = newRecord();
        PairRecord stranger = otherHostsRecord();
        Pipes pipes = new Pipes();
        CompletableFuture<TlsConnection> phone =
                CompletableFuture.supplyAsync(() -> deviceSide(trusted, trusted, pipes));

        assertThatThrownBy(() -> TlsConnection.handshake(PairingTls.hostEngine(stranger), pipes.hostIn, pipes.hostOut))
                .isInstanceOf(IOException.class);
        assertThat(phone).failsWithin(20, TimeUnit.SECONDS);
    }

    @Test
    void theHostRefusesAPhoneThatPresentsAnotherDeviceCertificate() throws Exception {
        PairRecord mine = newRecord();
        PairRecord other = otherHostsRecord();
        Pipes pipes = new Pipes();
        CompletableFuture<TlsConnection> phone = CompletableFuture.supplyAsync(() -> deviceSide(other, mine, pipes));

        assertThatThrownBy(() -> TlsConnection.handshake(PairingTls.hostEngine(mine), pipes.hostIn, pipes.hostOut))
                .isInstanceOf(SSLException.class)
                .hasStackTraceContaining("not the one this pairing issued");
        assertThat(phone).failsWithin(20, TimeUnit.SECONDS);
    }

    private PairRecord newRecord() throws IOException {
        return new PairingCertificates(IphoneWorld.sharedKeys(), Clock.systemUTC())
                .newRecord(PairingCertificates.pkcs1Pem(device.getPublic()), "BUID");
    }

    /** A pairing by another host: its own root and host keys, as every real pairing has. */
    private PairRecord otherHostsRecord() throws IOException {
        return new PairingCertificates(PairingCertificates.freshRsaKeys(), Clock.systemUTC())
                .newRecord(PairingCertificates.pkcs1Pem(device.getPublic()), "BUID");
    }

    /** The phone's end: presents {@code presented}'s device certificate, accepts {@code expected}'s host. */
    private TlsConnection deviceSide(PairRecord presented, PairRecord expected, Pipes pipes) {
        try {
            return TlsConnection.handshake(
                    PairingTls.deviceEngine(
                            device.getPrivate(),
                            PairingCertificates.readCertificate(presented.deviceCertificate()),
                            PairingCertificates.readCertificate(expected.hostCertificate()),
                            List.of("TLSv1.2")),
                    pipes.phoneIn,
                    pipes.phoneOut);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A loopback TCP connection: the host's end and the phone's end. */
    private static final class Pipes {
        final java.io.InputStream phoneIn;
        final java.io.OutputStream hostOut;
        final java.io.InputStream hostIn;
        final java.io.OutputStream phoneOut;

        Pipes() throws IOException {
            try (java.net.ServerSocket server = new java.net.ServerSocket(0)) {
                java.net.Socket host = new java.net.Socket("127.0.0.1", server.getLocalPort());
                java.net.Socket phone = server.accept();
                hostIn = host.getInputStream();
                hostOut = host.getOutputStream();
                phoneIn = phone.getInputStream();
                phoneOut = phone.getOutputStream();
            }
        }
    }
}
