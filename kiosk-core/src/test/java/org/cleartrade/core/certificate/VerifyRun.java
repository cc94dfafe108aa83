package org.cleartrade.core.certificate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * {@code ./kiosk verify} run as a person runs it, at a fixed time, with what it printed kept for
 * the test to read. The QR photo reader is the caller's: a stand-in here, ZXing in the codes module.
 */
public final class VerifyRun {

    /** The day after {@link CertificateFixtures#ISSUED}. */
    public static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private final QrPhotoReader reader;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    public VerifyRun(QrPhotoReader reader) {
        this.reader = reader;
    }

    /** Runs the command at {@code now}; its output replaces the last run's. */
    public int verify(Instant now, String... args) {
        printed.reset();
        return new VerifyCommand(Clock.fixed(now, ZoneOffset.UTC), reader)
                .run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    public int verify(String... args) {
        return verify(NOW, args);
    }

    /** What the last run printed. */
    public String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
