package org.cleartrade.core.session;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import org.cleartrade.core.certificate.CertificateIssuer;
import org.cleartrade.core.certificate.ConsentRecord;
import org.cleartrade.core.certificate.EraseEvidence;
import org.cleartrade.core.certificate.ErasureCertificate;
import org.cleartrade.core.certificate.IssuedCertificate;
import org.cleartrade.core.certificate.KioskSite;

/**
 * Signs a session's erasure certificate with the certificate package: the dock's evidence, the
 * consent the seller gave (the hash of the exact text shown, in their language) and the kiosk's
 * site. Thread-safe when the issuer is.
 */
public final class IssuerCertifier implements Certifier {

    private final CertificateIssuer issuer;
    private final KioskSite site;
    private final String consentVersion;
    private final Function<SessionSnapshot, String> consentShown;
    private final Clock clock;

    /**
     * @param consentShown the consent text the screen showed this session: its language and the
     *     paragraphs its phone got
     */
    public IssuerCertifier(
            CertificateIssuer issuer,
            KioskSite site,
            String consentVersion,
            Function<SessionSnapshot, String> consentShown,
            Clock clock) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.site = Objects.requireNonNull(site, "site");
        this.consentVersion = Objects.requireNonNull(consentVersion, "consentVersion");
        this.consentShown = Objects.requireNonNull(consentShown, "consentShown");
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
        ConsentRecord consent = ConsentRecord.of(
                consentVersion, consentShown.apply(s), s.language(), required(s, "consent", erasure.consentAt()));
        IssuedCertificate issued =
                issuer.issue(ErasureCertificate.fromDock(tradeId, site, evidence, consent, clock.instant()));
        return new SessionEvent.CertificateReady(
                issued.certificate().certificateId(), issued.canonicalText(), issued.qrPayload());
    }

    static <T> T required(SessionSnapshot s, String what, java.util.Optional<T> value) {
        return value.orElseThrow(
                () -> new IllegalStateException("phase: " + s.phase() + ", the session has no " + what));
    }
}
