package org.cleartrade.ui;

import java.io.IOException;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.function.Function;
import org.cleartrade.backoffice.BackOfficeConfig;
import org.cleartrade.backoffice.enrolment.FleetEnrolment;
import org.cleartrade.backoffice.wire.KioskKeyCertificate;
import org.cleartrade.core.certificate.FileKioskKeyStore;
import org.cleartrade.ui.config.ConfigException;
import org.cleartrade.ui.config.KioskConfig;

/**
 * {@code kiosk enrol --code CODE [--config FILE]}: enrols this kiosk's signing key with the fleet
 * named by the {@code backoffice.*} keys, using a one-time code from the fleet's administrator
 * ({@code fleet enrolment-code --kiosk ID}). Run again with a new code after a key rotation.
 */
final class EnrolCommand {

    private EnrolCommand() {}

    /** @param config reads {@code --config FILE} (or the default) from the arguments after the code */
    static int run(String[] args, Function<String[], KioskConfig> config, PrintStream out, PrintStream err) {
        if (args.length < 2 || !args[0].equals("--code") || args[1].isBlank()) {
            err.println("usage: kiosk enrol --code CODE [--config FILE]");
            return Launcher.USAGE;
        }
        KioskConfig kiosk = config.apply(Arrays.copyOfRange(args, 2, args.length));
        BackOfficeConfig office = kiosk.backOffice()
                .orElseThrow(() -> new ConfigException(
                        "backoffice.url", "enrolment needs the fleet service: set the backoffice.* keys"));
        FileKioskKeyStore key = FileKioskKeyStore.open(kiosk.dataDir(), new SecureRandom());
        try {
            KioskKeyCertificate certificate = new FleetEnrolment(office).enrol(args[1], key, key.publicKey());
            out.println("enrolled kiosk " + certificate.kioskId() + " with key " + certificate.keyId()
                    + ", certified by the fleet at " + certificate.certifiedAt());
            out.println("certificate kept in " + office.stateDir().resolve(FleetEnrolment.CERTIFICATE_FILE));
            return Launcher.OK;
        } catch (FleetEnrolment.EnrolmentRefusedException e) {
            err.println("enrolment refused: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("cannot reach the fleet at " + office.baseUrl() + ": " + e.getMessage());
            return 1;
        }
    }
}
