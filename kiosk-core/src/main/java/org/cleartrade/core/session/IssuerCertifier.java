package org.cleartrade.core.session;

import java.time.Clock;
import java.util.Objects;
import org.cleartrade.core.certificate.CertificateIssuer;
import org.cleartrade.core.certificate.ConsentRecord;
import org.cleartrade.core.certificate.EraseEvidence;
import org.cleartrade.core.certificate.ErasureCertificate;
import org.cleartrade.core.certificate.IssuedCertificate;
import org.cleartrade.core.certificate.KioskSite;

/**
 * Signs a session's erasure certificate with the certificate package: the dock's evidence, the
 * consent record pinned when the seller agreed (the version, language and hash of the exact text
 * shown, also in the ledger) and the kiosk's site. Nothing about the consent is rebuilt here: a
 * language switched after consent changes nothing on the certificate. Thread-safe when the issuer
 * is.
 */
public final class IssuerCertifier implements Certifier {

    private final CertificateIssuer issuer;
    private final KioskSite site;
    private final Clock clock;

    public IssuerCertifier(CertificateIssuer issuer, KioskSite site, Clock clock) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.site = Objects.requireNonNull(site, "site");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SessionEvent.CertificateReady certify(SessionSnapshot s) {
        String tradeId = required(s, "trade id", s.trade().tradeId());
        SessionSnapshot.Erasure erasure = s.trade().erasure();
        EraseEvidence evidence = new EraseEvidence(
                required(s, "inspection", s.phone().inspection()),
                required(s, "erase acknowledgement", erasure.acknowledgement()),
                required(s, "erase verification", erasure.verification()));
        ConsentRecord consent = required(s, "consent record", erasure.consent());
        IssuedCertificate issued =
                issuer.issue(ErasureCertificate.fromDock(tradeId, site, evidence, consent, clock.instant()));
        return new SessionEvent.CertificateReady(
                issued.certificate().certificateId(), issued.canonicalText(), issued.qrPayload());
    }

    static <T> T required(SessionSnapshot s, String what, java.util.Optional<T> value) {
        return value.orElseThrow(
                () -> new MissingEvidenceException("phase: " + s.phase() + ", the session has no " + what));
    }
}
