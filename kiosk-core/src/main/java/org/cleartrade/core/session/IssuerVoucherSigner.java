package org.cleartrade.core.session;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.cleartrade.core.certificate.CertificateIssuer;
import org.cleartrade.core.certificate.Voucher;
import org.cleartrade.pricing.quote.Money;

/** Signs a session's single-use payout voucher with the certificate package. Thread-safe. */
public final class IssuerVoucherSigner implements VoucherSigner {

    private final CertificateIssuer issuer;
    private final String kioskId;
    private final Clock clock;
    private final SecureRandom random;

    public IssuerVoucherSigner(CertificateIssuer issuer, String kioskId, Clock clock, SecureRandom random) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.kioskId = Objects.requireNonNull(kioskId, "kioskId");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public SessionEvent.VoucherReady sign(SessionSnapshot s, Duration validity) {
        String tradeId = IssuerCertifier.required(s, "trade id", s.trade().tradeId());
        Money amount = IssuerCertifier.required(s, "quote", s.offer().quote()).offer();
        Voucher voucher = Voucher.issue(tradeId, amount, kioskId, clock.instant(), validity, random);
        return new SessionEvent.VoucherReady(voucher.voucherId(), issuer.voucherPayload(voucher), voucher.expiresAt());
    }
}
