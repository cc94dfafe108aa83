package org.cleartrade.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleartrade.core.certificate.CertificateFixtures.certificate;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.cleartrade.codes.qr.QrPng;
import org.cleartrade.core.certificate.CertificateIssuer;
import org.cleartrade.core.certificate.ExternalTool;
import org.cleartrade.core.certificate.FileKioskKeyStore;
import org.cleartrade.core.certificate.PayloadBytes;
import org.cleartrade.core.certificate.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verify command as a separate program: its exit code is what a script or a cashier's till sees. */
class VerifyProgramTest {

    @TempDir
    Path dir;

    @Test
    void exitsWithTheVerdictsCodeWhenRunAsAProgram() {
        FileKioskKeyStore kiosk = FileKioskKeyStore.open(dir.resolve("data"), new SecureRandom());
        kiosk.exportPublicKeys(dir.resolve("keys"));
        String payload = new CertificateIssuer(kiosk).issue(certificate()).qrPayload();
        Path png = QrPng.write(payload, dir.resolve("certificate.png"));

        ExternalTool.Result valid = java("--key", dir.resolve("keys").toString(), "--image", png.toString());
        ExternalTool.Result tampered =
                java("--key", dir.resolve("keys").toString(), PayloadBytes.withByte(payload, 45, 'Q'));

        assertThat(valid.exitCode()).as(valid.output() + valid.errors()).isZero();
        assertThat(valid.output()).startsWith("VALID:");
        assertThat(tampered.exitCode()).isEqualTo(Verdict.TAMPERED.exitCode());
        assertThat(tampered.output()).startsWith("TAMPERED:");
    }

    private static ExternalTool.Result java(String... args) {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(
                javaBin.toString(),
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                VerifyProgram.class.getName()));
        command.addAll(List.of(args));
        return ExternalTool.run("a JDK", command);
    }
}
