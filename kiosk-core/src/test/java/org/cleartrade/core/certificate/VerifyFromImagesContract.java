package org.cleartrade.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleartrade.core.certificate.CertificateFixtures.certificate;

import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code ./kiosk verify} must do with a picture of a printed code, whoever reads the picture:
 * a stand-in reader in kiosk-core's {@link VerifyCommandTest}, ZXing on real PNGs in the codes
 * module. Each subclass says how a picture of a code is made and read; the kiosk with its published
 * keys, its sample voucher and the command's run are set up here once.
 */
public abstract class VerifyFromImagesContract {

    @TempDir
    protected Path dir;

    protected FileKioskKeyStore kiosk;
    protected CertificateIssuer issuer;
    protected Path publicKeys;
    protected final Voucher voucher = CertificateFixtures.voucher();
    protected VerifyRun run;

    /** The reader the verify command uses for {@code --image}. */
    protected abstract QrPhotoReader reader();

    /** Writes {@code file} as a picture of a QR code holding {@code text}; returns it. */
    protected abstract Path photoOf(String text, Path file);

    @BeforeEach
    void kioskWithPublishedKeys() {
        kiosk = FileKioskKeyStore.open(dir.resolve("kiosk-data"), new SecureRandom());
        issuer = new CertificateIssuer(kiosk);
        publicKeys = dir.resolve("fleet-keys");
        kiosk.exportPublicKeys(publicKeys);
        run = new VerifyRun(reader());
    }

    @Test
    void readsACertificateFromAQrImageAndSaysWhatItIs() {
        Path png = photoOf(issuer.issue(certificate()).qrPayload(), dir.resolve("certificate.png"));

        int exit =
                run.verify("--key", publicKeys.resolve(kiosk.keyId() + ".pem").toString(), "--image", png.toString());

        assertThat(exit).isZero();
        assertThat(run.output())
                .startsWith("VALID: signed by kiosk key " + kiosk.keyId())
                .contains("Erasure certificate")
                .contains("Google Pixel 8")
                .contains("38011FDJH00A1B")
                .contains("356938035643809")
                .contains("Purge (NIST SP 800-88 Rev.1 sanitization category)")
                .contains("verified by the kiosk at 2026-11-23 09:16:02 UTC")
                .doesNotContain("do NOT rely");
    }

    @Test
    void readsThePrintedLinkToTheVerificationPageFromAnImageAndAsText() {
        String link = VerificationLink.to("https://fleet.example.com/c")
                .qrText(issuer.issue(certificate()).qrPayload());
        Path png = photoOf(link, dir.resolve("link.png"));
        String key = publicKeys.resolve(kiosk.keyId() + ".pem").toString();

        assertThat(run.verify("--key", key, "--image", png.toString())).isZero();
        assertThat(run.output()).startsWith("VALID: signed by kiosk key " + kiosk.keyId());
        assertThat(run.verify("--key", key, link)).isZero();
        assertThat(run.output()).startsWith("VALID: signed by kiosk key " + kiosk.keyId());
    }
}
