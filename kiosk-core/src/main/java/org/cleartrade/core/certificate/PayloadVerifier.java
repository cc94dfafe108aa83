package org.cleartrade.core.certificate;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a QR payload offline (bare, or in the fragment of a verification link), in this order: structure and version, key id, signature, then for
 * a voucher its expiry and the redeemed list. The first failed check is the verdict.
 *
 * <p>A valid voucher is written to the redeemed list in the same call, so a second scan of the same
 * voucher is {@link Verdict#ALREADY_REDEEMED}.
 */
public final class PayloadVerifier {

    private final TrustedKeys keys;
    private final Clock clock;
    private final Optional<RedeemedVoucherFile> redeemed;

    public PayloadVerifier(TrustedKeys keys, Clock clock, Optional<RedeemedVoucherFile> redeemed) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.redeemed = Objects.requireNonNull(redeemed, "redeemed");
    }

    /** Checks a scanned code: a bare payload or a verification link ({@link VerificationLink}). */
    public Verification verify(String text) {
        SignedPayload payload;
        try {
            payload = QrPayloadCodec.decode(VerificationLink.payloadOf(text));
        } catch (MalformedPayloadException e) {
            return new Verification(Verdict.MALFORMED, e.getMessage() + " [" + e.reason() + "]", Optional.empty());
        }
        Optional<SignedPayload> read = Optional.of(payload);
        Optional<PublicKey> key = keys.find(payload.keyIdBytes());
        if (key.isEmpty()) {
            return new Verification(
                    Verdict.UNKNOWN_KEY,
                    "signed by key " + payload.keyId() + ", which is not among the trusted keys " + keys.keyIds(),
                    read);
        }
        if (!signatureMatches(key.get(), payload)) {
            return new Verification(
                    Verdict.TAMPERED,
                    "the signature of key " + payload.keyId() + " does not match the content: it was changed"
                            + " after signing",
                    read);
        }
        if (payload.content() instanceof Voucher voucher) {
            return checkVoucher(voucher, read);
        }
        boolean erased = ((CertificatePayload) payload.content()).verified();
        return new Verification(
                Verdict.VALID,
                "signed by kiosk key " + payload.keyId()
                        + (erased ? "" : "; the certificate itself records that the erase was NOT verified"),
                read);
    }

    /** Checks that {@code canonicalText} is the certificate a verified certificate payload names. */
    public static boolean matchesCertificate(CertificatePayload payload, String canonicalText) {
        return HexFormat.of().formatHex(CertificateText.sha256(canonicalText)).equals(payload.certificateSha256());
    }

    private Verification checkVoucher(Voucher voucher, Optional<SignedPayload> read) {
        Instant now = clock.instant();
        if (!now.isBefore(voucher.expiresAt())) {
            return new Verification(Verdict.EXPIRED, "the voucher expired at " + voucher.expiresAt(), read);
        }
        if (redeemed.isPresent() && !redeemed.get().redeem(voucher.voucherId(), now)) {
            return new Verification(
                    Verdict.ALREADY_REDEEMED,
                    "voucher " + voucher.voucherId() + " is already on the redeemed list "
                            + redeemed.get().path(),
                    read);
        }
        String note = redeemed.isPresent() ? "; now recorded as redeemed" : "; no redeemed list was given";
        return new Verification(
                Verdict.VALID, "signed by kiosk key " + read.get().keyId() + note, read);
    }

    private static boolean signatureMatches(PublicKey key, SignedPayload payload) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(payload.signedBytes());
            return signature.verify(payload.signature());
        } catch (SignatureException e) {
            // A signature that is not even well-formed Ed25519 cannot match.
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java platform cannot verify Ed25519", e);
        }
    }
}
