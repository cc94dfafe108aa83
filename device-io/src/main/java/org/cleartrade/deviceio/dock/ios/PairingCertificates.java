package org.cleartrade.deviceio.dock.ios;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.Supplier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes the certificates of a new pairing, as lockdownd expects them (the layout libimobiledevice
 * and pymobiledevice3 use): a self-signed root CA, a host certificate and a device certificate for
 * the phone's own public key ({@code DevicePublicKey}, PKCS#1 PEM), both signed by the root; keys
 * RSA 2048, signatures SHA-256, validity ten years, the extensions libimobiledevice sets. Unlike
 * those tools the certificates carry names, because the JDK cannot read an empty issuer.
 *
 * <p>X.509 certificates are built with Bouncy Castle because the JDK has no public API for it
 * (docs/decisions/0305). Also reads the PEM keys and certificates back for TLS. Thread-safe.
 */
public final class PairingCertificates {

    private static final Duration VALIDITY = Duration.ofDays(3650);
    // Real tools leave the names empty; the JDK refuses to parse a certificate with an empty issuer
    // (docs/decisions/0305), and lockdownd pins the pair record's certificates, not names.
    private static final X500Name ROOT_NAME = new X500Name("CN=ClearTrade pairing root");
    private static final X500Name HOST_NAME = new X500Name("CN=ClearTrade kiosk");
    private static final X500Name DEVICE_NAME = new X500Name("CN=Phone on the dock");

    private final Supplier<KeyPair> keys;
    private final Clock clock;

    /** @param keys a fresh RSA key pair per call in production; tests and the simulator may reuse one */
    public PairingCertificates(Supplier<KeyPair> keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** A fresh RSA-2048 key pair on every call. */
    public static Supplier<KeyPair> freshRsaKeys() {
        SecureRandom random = new SecureRandom();
        return () -> {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048, random);
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK offers no RSA key generator", e);
            }
        };
    }

    /**
     * A complete pair record for a phone whose {@code DevicePublicKey} is given.
     *
     * @throws IOException when the phone's key is not a readable RSA public key
     */
    public PairRecord newRecord(byte[] devicePublicKeyPem, String systemBuid) throws IOException {
        PublicKey devicePublic = readPublicKey(devicePublicKeyPem);
        KeyPair root = keys.get();
        KeyPair host = keys.get();
        Instant now = clock.instant();
        try {
            X509Certificate rootCert = sign(root.getPublic(), ROOT_NAME, root.getPrivate(), now, true);
            X509Certificate hostCert = sign(host.getPublic(), HOST_NAME, root.getPrivate(), now, false);
            X509Certificate deviceCert = sign(devicePublic, DEVICE_NAME, root.getPrivate(), now, false);
            return new PairRecord(
                    UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT),
                    systemBuid,
                    pem(deviceCert),
                    pem(hostCert),
                    pem(host.getPrivate()),
                    pem(rootCert),
                    pem(root.getPrivate()),
                    java.util.Optional.empty());
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("cannot sign a pairing certificate: " + e.getMessage(), e);
        }
    }

    /**
     * A certificate for {@code subject}, named {@code name}, signed with the root key; {@code ca}
     * marks the root itself.
     */
    X509Certificate sign(PublicKey subject, X500Name name, PrivateKey rootKey, Instant now, boolean ca)
            throws GeneralSecurityException, OperatorCreationException, CertIOException {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                ROOT_NAME,
                BigInteger.ONE,
                Date.from(now.minus(Duration.ofMinutes(1))),
                Date.from(now.plus(VALIDITY)),
                name,
                subject);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (!ca) {
            builder.addExtension(
                    Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        }
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(rootKey)));
    }

    /** The public key of a PEM "RSA PUBLIC KEY" (PKCS#1) or "PUBLIC KEY" (X.509) block. */
    public static PublicKey readPublicKey(byte[] pem) throws IOException {
        Object parsed = parsePem(pem);
        if (parsed instanceof SubjectPublicKeyInfo info) {
            return new JcaPEMKeyConverter().getPublicKey(info);
        }
        throw new IOException("not a PEM public key");
    }

    /** The private key of a PEM "PRIVATE KEY" (PKCS#8) or "RSA PRIVATE KEY" (PKCS#1) block. */
    public static PrivateKey readPrivateKey(byte[] pem) throws IOException {
        Object parsed = parsePem(pem);
        if (parsed instanceof PrivateKeyInfo info) {
            return new JcaPEMKeyConverter().getPrivateKey(info);
        }
        if (parsed instanceof PEMKeyPair pair) {
            return new JcaPEMKeyConverter().getKeyPair(pair).getPrivate();
        }
        throw new IOException("not a PEM private key");
    }

    public static X509Certificate readCertificate(byte[] pem) throws IOException {
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem));
        } catch (CertificateException | ClassCastException e) {
            throw new IOException("not a PEM certificate: " + e.getMessage(), e);
        }
    }

    /** PEM text of a certificate or key, as lockdownd expects it in a pair record. */
    public static byte[] pem(Object certificateOrKey) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(certificateOrKey);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write PEM", e);
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A phone's {@code DevicePublicKey}: PKCS#1 PEM ("RSA PUBLIC KEY"), as real phones report it. */
    public static byte[] pkcs1Pem(PublicKey key) {
        try {
            SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.getEncoded());
            StringWriter text = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
                writer.writeObject(new org.bouncycastle.util.io.pem.PemObject(
                        "RSA PUBLIC KEY", info.parsePublicKey().getEncoded()));
            }
            return text.toString().getBytes(StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a PKCS#1 public key", e);
        }
    }

    private static Object parsePem(byte[] pem) throws IOException {
        try (PEMParser parser =
                new PEMParser(new InputStreamReader(new ByteArrayInputStream(pem), StandardCharsets.US_ASCII))) {
            Object parsed = parser.readObject();
            if (parsed == null) {
                throw new IOException("no PEM block found");
            }
            return parsed;
        } catch (RuntimeException e) {
            throw new IOException("malformed PEM: " + e.getMessage(), e);
        }
    }
}
