package org.cleartrade.ui.wiring;

import java.time.Clock;
import org.cleartrade.core.certificate.CertificateIssuer;
import org.cleartrade.core.certificate.ConsentRecord;
import org.cleartrade.core.certificate.EraseEvidence;
import org.cleartrade.core.certificate.ErasureCertificate;
import org.cleartrade.core.certificate.IssuedCertificate;
import org.cleartrade.core.certificate.KioskSite;
import org.cleartrade.core.session.Certifier;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;

/**
 * Signs a session's erasure certificate with the kiosk's Ed25519 key, recording the hash of the
 * consent text the seller read on screen.
 */
public final class SigningCertifier implements Certifier {

    private final CertificateIssuer issuer;
    private final KioskSite site;
    private final Clock clock;

    public SigningCertifier(CertificateIssuer issuer, KioskSite site, Clock clock) {
        this.issuer = issuer;
        this.site = site;
        this.clock = clock;
    }

    @Override
    public SessionEvent.CertificateReady certify(SessionSnapshot s) {
        String tradeId = s.trade().tradeId().orElseThrow(() -> new IllegalStateException("no trade to certify"));
        SessionSnapshot.Erasure erasure = s.trade().erasure();
        EraseEvidence evidence = new EraseEvidence(
                s.phone().inspection().orElseThrow(() -> new IllegalStateException("phone never inspected")),
                erasure.acknowledgement().orElseThrow(() -> new IllegalStateException("erase not acknowledged")),
                erasure.verification().orElseThrow(() -> new IllegalStateException("erase not verified")));
        ConsentRecord consent = ConsentRecord.of(
                ConsentText.VERSION,
                ConsentText.shown(s.language()),
                s.language(),
                erasure.consentAt().orElseThrow(() -> new IllegalStateException("no consent recorded")));
        IssuedCertificate issued =
                issuer.issue(ErasureCertificate.fromDock(tradeId, site, evidence, consent, clock.instant()));
        return new SessionEvent.CertificateReady(
                issued.certificate().certificateId(), issued.canonicalText(), issued.qrPayload());
    }
}
