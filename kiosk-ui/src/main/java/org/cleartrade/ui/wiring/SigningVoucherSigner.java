package org.cleartrade.ui.wiring;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.cleartrade.core.certificate.CertificateIssuer;
import org.cleartrade.core.certificate.Voucher;
import org.cleartrade.core.session.SessionEvent;
import org.cleartrade.core.session.SessionSnapshot;
import org.cleartrade.core.session.VoucherSigner;
import org.cleartrade.pricing.quote.Money;

/** Signs the single-use payout voucher for the accepted offer with the kiosk's Ed25519 key. */
public final class SigningVoucherSigner implements VoucherSigner {

    private final CertificateIssuer issuer;
    private final String kioskId;
    private final Clock clock;
    private final SecureRandom random;

    public SigningVoucherSigner(CertificateIssuer issuer, String kioskId, Clock clock, SecureRandom random) {
        this.issuer = issuer;
        this.kioskId = kioskId;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public SessionEvent.VoucherReady sign(SessionSnapshot s, Duration validity) {
        String tradeId = s.trade().tradeId().orElseThrow(() -> new IllegalStateException("no trade to pay"));
        Money amount = s.offer()
                .quote()
                .orElseThrow(() -> new IllegalStateException("no accepted quote"))
                .offer();
        Voucher voucher = Voucher.issue(tradeId, amount, kioskId, clock.instant(), validity, random);
        return new SessionEvent.VoucherReady(voucher.voucherId(), issuer.voucherPayload(voucher), voucher.expiresAt());
    }
}
