package org.cleartrade.deviceio.dock.ios;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The TLS identities of a pairing. Both ends present the certificate the pairing gave them and
 * accept exactly the one certificate the pairing gave the other end: the host trusts the device
 * certificate it issued, the phone trusts the host certificate it was given. Names and chains are
 * not checked (the pairing certificates have empty names, as real tools make them); pinning the
 * exact certificate is stronger than any chain check here.
 *
 * <p>Protocols: the host offers TLS 1.3 and 1.2; every iOS release the price book covers
 * negotiates TLS 1.2 (docs/protocols/ios.md). Older phones that only speak TLS 1.0 are refused by
 * the JDK's defaults, on purpose.
 */
public final class PairingTls {

    private static final List<String> HOST_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    private PairingTls() {}

    /** The host end of lockdown's TLS for {@code record}. */
    public static SSLEngine hostEngine(PairRecord record) throws IOException {
        SSLContext context = context(
                PairingCertificates.readPrivateKey(record.hostPrivateKey()),
                PairingCertificates.readCertificate(record.hostCertificate()),
                PairingCertificates.readCertificate(record.deviceCertificate()));
        SSLEngine engine = context.createSSLEngine();
        engine.setUseClientMode(true);
        engine.setEnabledProtocols(supported(engine, HOST_PROTOCOLS));
        return engine;
    }

    /**
     * The phone end, for the fake peer: presents the device certificate with the phone's private
     * key, asks for the host certificate and accepts only {@code expectedHost}.
     */
    public static SSLEngine deviceEngine(
            PrivateKey deviceKey,
            X509Certificate deviceCertificate,
            X509Certificate expectedHost,
            List<String> protocols) {
        SSLEngine engine = context(deviceKey, deviceCertificate, expectedHost).createSSLEngine();
        engine.setUseClientMode(false);
        engine.setNeedClientAuth(true);
        engine.setEnabledProtocols(supported(engine, protocols));
        return engine;
    }

    private static SSLContext context(PrivateKey key, X509Certificate own, X509Certificate peer) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[] {new OneKey(key, own)}, new TrustManager[] {new Pinned(peer)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no TLS context", e);
        }
    }

    private static String[] supported(SSLEngine engine, List<String> wanted) {
        List<String> available = Arrays.asList(engine.getSupportedProtocols());
        return wanted.stream().filter(available::contains).toArray(String[]::new);
    }

    /** Presents one certificate, whatever the peer asks for. */
    private static final class OneKey extends X509ExtendedKeyManager {
        private static final String ALIAS = "pairing";
        private final PrivateKey key;
        private final X509Certificate certificate;

        OneKey(PrivateKey key, X509Certificate certificate) {
            this.key = key;
            this.certificate = certificate;
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return new String[] {ALIAS};
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return ALIAS;
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            return ALIAS;
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return new String[] {ALIAS};
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return matches(keyType) ? ALIAS : null;
        }

        @Override
        public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
            return matches(keyType) ? ALIAS : null;
        }

        private boolean matches(String keyType) {
            return keyType.equals(key.getAlgorithm())
                    || keyType.equals("RSASSA-PSS") && key.getAlgorithm().equals("RSA");
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return new X509Certificate[] {certificate};
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return key;
        }
    }

    /** Accepts exactly one certificate. */
    private static final class Pinned extends X509ExtendedTrustManager {
        private final X509Certificate expected;

        Pinned(X509Certificate expected) {
            this.expected = expected;
        }

        private void check(X509Certificate[] chain) throws CertificateException {
            if (chain == null || chain.length == 0 || !chain[0].equals(expected)) {
                throw new CertificateException("the peer's certificate is not the one this pairing issued");
            }
            chain[0].checkValidity();
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            check(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            check(chain);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
