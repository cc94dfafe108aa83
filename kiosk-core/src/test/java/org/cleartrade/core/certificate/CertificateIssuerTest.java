package org.cleartrade.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleartrade.core.certificate.CertificateFixtures.*;

import java.util.HexFormat;
import org.cleartrade.core.ledger.LedgerFact;
import org.junit.jupiter.api.Test;

class CertificateIssuerTest {

    private final InMemorySigner signer = new InMemorySigner();

    @Test
    void givesTheLedgerTheCanonicalTextAndTheSignedPayload() throws Exception {
        IssuedCertificate issued = new CertificateIssuer(signer).issue(certificate());

        LedgerFact.CertificateIssued fact = issued.toLedgerFact();

        assertThat(fact.certificateId()).isEqualTo("EC-T-20261123-0007");
        assertThat(fact.tradeId()).isEqualTo("T-20261123-0007");
        assertThat(fact.document()).isEqualTo(CertificateText.canonical(certificate()));
        assertThat(fact.qrPayload()).isEqualTo(issued.qrPayload());
        assertThat(fact.issuedAt()).isEqualTo(ISSUED);
        CertificatePayload payload =
                (CertificatePayload) QrPayloadCodec.decode(fact.qrPayload()).content();
        assertThat(payload.certificateSha256())
                .isEqualTo(HexFormat.of().formatHex(CertificateText.sha256(fact.document())));
    }

    @Test
    void signsTheSameCertificateToTheSamePayload() {
        CertificateIssuer issuer = new CertificateIssuer(signer);

        assertThat(issuer.issue(certificate()).qrPayload())
                .isEqualTo(issuer.issue(certificate()).qrPayload());
    }
}
