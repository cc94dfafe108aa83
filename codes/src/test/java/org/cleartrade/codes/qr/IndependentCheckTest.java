package org.cleartrade.codes.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleartrade.core.certificate.CertificateFixtures.certificate;
import static org.cleartrade.core.certificate.CertificateFixtures.voucher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.cleartrade.core.certificate.CertificateIssuer;
import org.cleartrade.core.certificate.ExternalTool;
import org.cleartrade.core.certificate.FileKioskKeyStore;
import org.cleartrade.core.certificate.PayloadBytes;
import org.cleartrade.core.certificate.QrPayloadCodec;
import org.cleartrade.core.certificate.SignedPayload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Second opinions from tools that share no code with ours: {@code zbarimg} (Debian zbar-tools)
 * reads the printed QR, and {@code openssl pkeyutl} checks the Ed25519 signature against the
 * exported public key.
 */
class IndependentCheckTest {

    @TempDir
    Path dir;

    private FileKioskKeyStore kiosk;
    private CertificateIssuer issuer;
    private Path publicKey;

    @BeforeEach
    void kiosk() {
        kiosk = FileKioskKeyStore.open(dir.resolve("data"), new SecureRandom());
        issuer = new CertificateIssuer(kiosk);
        kiosk.exportPublicKeys(dir.resolve("published"));
        publicKey = dir.resolve("published/" + kiosk.keyId() + ".pem");
    }

    @Test
    void zbarReadsTheCertificateQrAsPrinted() {
        String payload = issuer.issue(certificate()).qrPayload();

        assertThat(zbar(QrPng.write(payload, dir.resolve("certificate.png")))).isEqualTo(payload);
    }

    @Test
    void zbarReadsTheVoucherQrAsPrinted() {
        String payload = issuer.voucherPayload(voucher());

        assertThat(zbar(QrPng.write(payload, dir.resolve("voucher.png")))).isEqualTo(payload);
    }

    @Test
    void opensslAcceptsTheSignatureOfACertificateAndAVoucherReadByZbar() throws Exception {
        for (String payload : List.of(issuer.issue(certificate()).qrPayload(), issuer.voucherPayload(voucher()))) {
            String scanned = zbar(QrPng.write(payload, dir.resolve("scan.png")));

            assertThat(openssl(QrPayloadCodec.decode(scanned)).exitCode()).isZero();
        }
    }

    @Test
    void opensslRejectsATamperedPayloadToo() throws Exception {
        String tampered = PayloadBytes.withByte(issuer.issue(certificate()).qrPayload(), 20, 'Z');

        ExternalTool.Result result = openssl(QrPayloadCodec.decode(tampered));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output() + result.errors()).contains("Signature Verification Failure");
    }

    @Test
    void opensslReadsTheExportedKeyAsEd25519() {
        ExternalTool.Result result = ExternalTool.run(
                "openssl", List.of("openssl", "pkey", "-pubin", "-in", publicKey.toString(), "-noout", "-text"));

        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).contains("ED25519 Public-Key");
    }

    private String zbar(Path png) {
        ExternalTool.Result result = ExternalTool.run(
                "zbar-tools", List.of("zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", png.toString()));
        assertThat(result.exitCode()).as("zbarimg said: %s", result.errors()).isZero();
        return result.output().strip();
    }

    private ExternalTool.Result openssl(SignedPayload payload) throws Exception {
        Path data = Files.write(dir.resolve("signed.bin"), payload.signedBytes());
        Path signature = Files.write(dir.resolve("signature.bin"), payload.signature());
        return ExternalTool.run(
                "openssl",
                List.of(
                        "openssl",
                        "pkeyutl",
                        "-verify",
                        "-pubin",
                        "-inkey",
                        publicKey.toString(),
                        "-rawin",
                        "-in",
                        data.toString(),
                        "-sigfile",
                        signature.toString()));
    }
}
