package org.cleartrade.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CertificateDocsTest {

    @Test
    void documentationShowsTheSampleThisCodeGenerates() throws Exception {
        Path doc = Path.of("../docs/certificates.md");
        assertThat(doc)
                .as("docs/certificates.md, read from the kiosk-core module")
                .exists();

        assertThat(Files.readString(doc))
                .as("docs/certificates.md is out of date: run CertificateSample.main from kiosk-core")
                .contains(CertificateSample.section());
    }

    @Test
    void sampleIsTheSameOnEveryRun() throws Exception {
        assertThat(CertificateSample.section()).isEqualTo(CertificateSample.section());
    }
}
