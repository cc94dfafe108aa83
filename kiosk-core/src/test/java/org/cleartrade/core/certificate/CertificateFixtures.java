package org.cleartrade.core.certificate;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cleartrade.deviceio.dock.android.ResetVerifier;
import org.cleartrade.deviceio.dock.ios.IphoneDock;
import org.cleartrade.ports.dock.Check;
import org.cleartrade.ports.dock.Check.Kind;
import org.cleartrade.ports.dock.Check.Verdict;
import org.cleartrade.ports.dock.EraseAcknowledgement;
import org.cleartrade.ports.dock.EraseVerification;
import org.cleartrade.ports.dock.InspectionReport;
import org.cleartrade.ports.dock.PhoneIdentity;
import org.cleartrade.ports.dock.VerificationEvidence;
import org.cleartrade.pricing.quote.Money;

/** A clean Pixel erased at a mall kiosk, as the dock would report it. */
public final class CertificateFixtures {

    public static final Instant CONSENTED = Instant.parse("2026-11-23T09:14:05Z");
    public static final Instant ERASE_STARTED = Instant.parse("2026-11-23T09:14:31Z");
    public static final Instant VERIFIED = Instant.parse("2026-11-23T09:16:02Z");
    public static final Instant ISSUED = Instant.parse("2026-11-23T09:16:03Z");
    public static final KioskSite SITE = new KioskSite("SZX-0042", "Example Mall, level 2, Shenzhen");
    public static final String CONSENT_TEXT =
            "Everything on this phone will be erased for good: photos, messages, accounts, apps.";

    private CertificateFixtures() {}

    public static PhoneIdentity pixel() {
        return new PhoneIdentity(
                "Google",
                "Pixel 8",
                "Pixel 8",
                128,
                "38011FDJH00A1B",
                Optional.of("356938035643809"),
                "Android",
                "14",
                "2026-10-05");
    }

    public static InspectionReport inspection(PhoneIdentity phone, Verdict encryption) {
        return new InspectionReport(
                phone,
                List.of(
                        new Check(Kind.STORAGE_ENCRYPTED, encryption, "ro.crypto.type=file"),
                        new Check(Kind.ACCOUNTS_SIGNED_OUT, Verdict.PASS, "no accounts"),
                        new Check(Kind.FACTORY_RESET_PROTECTION_OFF, Verdict.PASS, "no Google account"),
                        new Check(Kind.SIM_REMOVED, Verdict.PASS, "gsm.sim.state=ABSENT"),
                        new Check(Kind.NO_DEVICE_OWNER, Verdict.PASS, "no device owner before the helper")),
                OptionalInt.of(91));
    }

    public static EraseEvidence evidence(PhoneIdentity phone, Verdict encryption, boolean verified) {
        return new EraseEvidence(
                inspection(phone, encryption),
                new EraseAcknowledgement(
                        ERASE_STARTED,
                        "Factory reset (cryptographic erase of file-based-encrypted storage)",
                        "ClearTrade device-owner helper",
                        "1.0.0",
                        "wipeData accepted"),
                new EraseVerification(
                        VERIFIED,
                        verified,
                        "Helper acknowledgement before reset; same USB serial re-enumerated after reset",
                        verified ? "serial 38011FDJH00A1B back on USB after 91 s" : "phone did not return within 300 s",
                        verified ? VerificationEvidence.USB_REENUMERATED_SAME_SERIAL : VerificationEvidence.NONE));
    }

    /** A verified erase of the sample Pixel whose verification observed {@code level}, as the docks word it. */
    public static EraseEvidence evidence(VerificationEvidence level) {
        EraseEvidence usual = evidence(pixel(), Verdict.PASS, true);
        String[] method = switch (level) {
            case FACTORY_STATE_READ_BACK ->
                new String[] {
                    ResetVerifier.METHOD,
                    "Observed: same serial, setup wizard not completed, device not provisioned, no accounts"
                };
            case USB_REENUMERATED_SAME_SERIAL ->
                new String[] {
                    "Phone left the USB bus and re-enumerated with the same serial (USB descriptor);"
                            + " setup state not readable (USB debugging is off after a reset)",
                    "Serial 38011FDJH00A1B left and came back on USB"
                };
            case RETURNED_UNACTIVATED ->
                new String[] {
                    IphoneDock.VERIFY_METHOD,
                    "UDID 00008110-000A1B2C3D4E801E left USB and came back with serial 38011FDJH00A1B,"
                            + " ActivationState Unactivated (unpaired lockdown query)"
                };
            case NONE -> throw new IllegalArgumentException("an unverified erase has no certificate level");
        };
        return new EraseEvidence(
                usual.inspection(),
                usual.acknowledgement(),
                EraseVerification.proven(VERIFIED, method[0], method[1], level));
    }

    public static ConsentRecord consent() {
        return ConsentRecord.of("erase-consent/2026-11", CONSENT_TEXT, "en", CONSENTED);
    }

    public static ErasureCertificate certificate() {
        return ErasureCertificate.fromDock(
                "T-20261123-0007", SITE, evidence(pixel(), Verdict.PASS, true), consent(), ISSUED);
    }

    /** The payout voucher of {@link #certificate()}'s trade, 1299.00 CNY, valid for 30 days. */
    public static Voucher voucher() {
        return Voucher.issue(
                "T-20261123-0007",
                new Money(129_900, "CNY"),
                "SZX-0042",
                ISSUED,
                Duration.ofDays(30),
                new SecureRandom());
    }
}
