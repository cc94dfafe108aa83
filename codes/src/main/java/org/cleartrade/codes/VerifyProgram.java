package org.cleartrade.codes;

import java.time.Clock;
import org.cleartrade.codes.qr.ZxingQrReader;
import org.cleartrade.core.certificate.VerifyCommand;

/**
 * The {@code verify} command as a program of its own, for a machine that holds the kiosk's jars
 * but runs no kiosk (a cashier's till): {@link VerifyCommand} with ZXing reading the photos. Its
 * exit code is the verdict's.
 */
public final class VerifyProgram {

    private VerifyProgram() {}

    public static void main(String[] args) {
        System.exit(new VerifyCommand(Clock.systemUTC(), new ZxingQrReader()).run(args, System.out));
    }
}
