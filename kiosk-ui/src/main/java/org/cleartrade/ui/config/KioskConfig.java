package org.cleartrade.ui.config;

import java.nio.file.Path;
import java.util.Optional;
import org.cleartrade.backoffice.BackOfficeConfig;
import org.cleartrade.core.certificate.VerificationLink;
import org.cleartrade.ui.i18n.Language;

/**
 * The validated, sealed configuration of one kiosk. Built only by {@link KioskConfigParser}; every
 * key is documented in {@code docs/configuration.md}, and a test holds the two together.
 *
 * @param kioskId printed on certificates and vouchers (1..16 letters, digits, dashes)
 * @param location where the kiosk stands, printed on certificates; the store the seller is told to
 *     redeem the voucher in
 * @param payoutCounter the counter that pays vouchers ({@code kiosk.payoutCounter}); empty: the
 *     seller is told "the store's service counter"
 * @param jurisdiction the bundled jurisdiction profile (US-IL, US-CA, CN, EU)
 * @param backOffice the fleet service ({@code backoffice.*} keys); empty: offline, a local block list
 * @param language the attract screen's language; empty for the jurisdiction's default
 * @param verificationLink what the certificate and voucher QR codes hold ({@code kiosk.verifyUrl})
 */
public record KioskConfig(
        Mode mode,
        String kioskId,
        String location,
        Optional<String> payoutCounter,
        String jurisdiction,
        Optional<Language> language,
        boolean speech,
        boolean largeText,
        Path cjkFont,
        Path dataDir,
        DockSettings dock,
        LatchSettings latch,
        PrinterSettings printer,
        Optional<BackOfficeConfig> backOffice,
        VerificationLink verificationLink) {

    /** Demo: a window with the simulator panel. Kiosk: full screen, closed only by a technician. */
    public enum Mode {
        DEMO,
        KIOSK
    }

    /** Whether every device is simulated, so the demo panel can drive them. */
    public boolean allSimulated() {
        return dock.driver() == DockSettings.Driver.SIMULATED
                && latch.driver() == LatchSettings.Driver.SIMULATED
                && printer.driver() == PrinterSettings.Driver.SIMULATED;
    }
}
