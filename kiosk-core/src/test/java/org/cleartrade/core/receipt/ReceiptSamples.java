package org.cleartrade.core.receipt;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.core.certificate.CertificateIssuer;
import org.cleartrade.core.certificate.ConsentRecord;
import org.cleartrade.core.certificate.ErasureCertificate;
import org.cleartrade.core.certificate.KioskSite;
import org.cleartrade.core.certificate.PayloadSigner;
import org.cleartrade.core.certificate.SanitizationCategory;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.core.certificate.Voucher;
import org.cleartrade.core.operator.CustodyManifest;
import org.cleartrade.core.operator.Discrepancy;
import org.cleartrade.core.operator.ManifestSigner;
import org.cleartrade.ports.dock.AndroidResetMethod;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.ports.dock.VerificationEvidence;
import org.cleartrade.pricing.grading.Grade;
import org.cleartrade.pricing.quote.Money;
import org.cleartrade.pricing.quote.Quote;

/** Realistic receipt inputs, with QR payloads signed by a throwaway Ed25519 key. */
public final class ReceiptSamples {
    public static final Instant CONSENT = Instant.parse("2026-11-23T11:02:10Z");
    public static final Instant ERASE = Instant.parse("2026-11-23T11:02:31Z");
    public static final Instant VERIFIED = Instant.parse("2026-11-23T11:04:02Z");
    public static final KioskSite SITE = new KioskSite("SZ-MALL-07", "Example Mall, level 2, Futian, Shenzhen");
    /** The fleet's verification page the sample receipts' QR codes open. */
    public static final VerificationLink LINK = VerificationLink.to("https://fleet.example.com/c");

    private final CertificateIssuer issuer = new CertificateIssuer(new TestSigner());

    public static PhoneIdentity phone() {
        return new PhoneIdentity(
                "Xiaomi",
                "2211133C",
                "Xiaomi 13",
                256,
                "7f3a9c21",
                Optional.of("861234567890128"),
                "Android",
                "14",
                "2026-10-01");
    }

    public static List<Check> checks() {
        return List.of(
                new Check(Check.Kind.ACCOUNTS_SIGNED_OUT, Check.Verdict.PASS, "no accounts"),
                new Check(Check.Kind.FACTORY_RESET_PROTECTION_OFF, Check.Verdict.PASS, "FRP off"),
                new Check(Check.Kind.SIM_REMOVED, Check.Verdict.PASS, "SIM absent"),
                new Check(Check.Kind.ESIM_REMOVED, Check.Verdict.UNVERIFIED, "not reported"),
                new Check(Check.Kind.STORAGE_ENCRYPTED, Check.Verdict.PASS, "file-based encryption"),
                new Check(Check.Kind.NOT_ROOTED, Check.Verdict.PASS, "no su"));
    }

    public static EraseVerification verification(boolean verified) {
        return new EraseVerification(
                VERIFIED,
                verified,
                "Phone left the USB bus and re-enumerated with the same serial (USB descriptor);"
                        + " setup state not readable (USB debugging is off after a reset)",
                verified ? "Observed: serial 7f3a9c21 left and came back on USB" : "phone did not come back on USB",
                verified ? VerificationEvidence.USB_REENUMERATED_SAME_SERIAL : VerificationEvidence.NONE);
    }

    public static ErasureCertificate certificate(boolean verified) {
        return new ErasureCertificate(
                "EC-T2026112300042",
                "T2026112300042",
                VERIFIED,
                SITE,
                phone(),
                "Flash memory (phone internal storage, 256 GB)",
                ErasureCertificate.SELLER_SOURCE,
                checks(),
                SanitizationCategory.PURGE,
                new EraseAcknowledgement(
                        ERASE,
                        AndroidResetMethod.describe(
                                AndroidResetMethod.Encryption.FILE_BASED, "14", Optional.of("wipeDevice")),
                        "ClearTrade device-owner helper",
                        "1.4.0",
                        "wipeData accepted"),
                verification(verified),
                ConsentRecord.of("erase-consent/2026-11", "the consent text", "zh-Hans", CONSENT),
                ErasureCertificate.DEPOSIT_BIN_DESTINATION);
    }

    public static Quote quote(String currency) {
        return new Quote(
                "Q-8d41c2",
                "xiaomi-13",
                "Xiaomi 13",
                256,
                Grade.B,
                new Money(180_000, currency),
                List.of(
                        new Quote.Deduction("deduction.screen_scratched", new Money(18_000, currency)),
                        new Quote.Deduction("deduction.battery_below_80", new Money(16_200, currency)),
                        new Quote.Deduction("deduction.rounding", new Money(800, currency))),
                new Money(145_000, currency),
                Instant.parse("2026-11-23T11:30:00Z"),
                "book-2026-11-20");
    }

    public CertificateSlip certificateSlip(String currency, boolean verified) {
        ErasureCertificate certificate = certificate(verified);
        return CertificateSlip.of(
                certificate,
                quote(currency),
                LINK.qrText(issuer.issue(certificate).qrPayload()));
    }

    public VoucherSlip voucherSlip(String currency) {
        Voucher voucher = new Voucher(
                "4f9c0e7a1b2d3c4e5f60718293a4b5c6",
                "T2026112300042",
                new Money(145_000, currency),
                Instant.parse("2026-11-23T11:06:40Z"),
                Instant.parse("2026-11-30T11:06:40Z"),
                SITE.kioskId());
        return VoucherSlip.of(
                voucher, LINK.qrText(issuer.voucherPayload(voucher)), OptionalInt.of(3), "Xiaomi 13 256 GB");
    }

    public static ReturnSlip returnSlip(ReturnSlip.Reason reason) {
        return new ReturnSlip("S-4K7Q", Instant.parse("2026-11-23T11:03:00Z"), SITE.kioskId(), "Xiaomi 13", reason);
    }

    public static CustodyManifest manifest() {
        Instant at = Instant.parse("2026-11-23T18:00:00Z");
        return new CustodyManifest(
                "M-20261123-01",
                SITE.kioskId(),
                "op-liwei",
                at,
                at.plus(Duration.ofMinutes(6)),
                List.of(
                        new CustodyManifest.Release(
                                1, "T2026112300017", "R58N21ABCDE", "Galaxy S21", at.plusSeconds(70)),
                        new CustodyManifest.Release(3, "T2026112300042", "7f3a9c21", "Xiaomi 13", at.plusSeconds(95))),
                List.of(new Discrepancy(
                        Discrepancy.Kind.ON_HOLD, 2, "police hold until 2026-11-25", at.plusSeconds(120))));
    }

    public static ManifestSigner.Signature manifestSignature() {
        return new ManifestSigner.Signature(
                "k1-5f2a", "q7xG5b3uFv0mB0h1oYw5mK3tqzJ2W0kqU8gkV8lJ4yVwD6yTnq0h8mC2tX1V2P9k0m1c8yXyJcQ1lS7yq2mBAw==");
    }

    /**
     * A fixed Ed25519 key, as the kiosk's key store would provide. Fixed so that every run prints
     * the same QR codes: ZXing, which the tests read them with, misses a few percent of clean codes
     * in a full receipt picture, and a test must not pass or fail with a random key.
     */
    private static final class TestSigner implements PayloadSigner {
        private final KeyPair keys;

        TestSigner() {
            try {
                SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
                seeded.setSeed("cleartrade receipt samples".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
                generator.initialize(java.security.spec.NamedParameterSpec.ED25519, seeded);
                keys = generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("every Java 17 platform provides Ed25519", e);
            }
        }

        @Override
        public String keyId() {
            return "5f2a9c0147b3e6d8";
        }

        @Override
        public byte[] sign(byte[] message) {
            try {
                Signature signature = Signature.getInstance("Ed25519");
                signature.initSign(keys.getPrivate());
                signature.update(message);
                return signature.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Ed25519 signing failed", e);
            }
        }
    }
}
