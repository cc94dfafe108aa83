package org.cleartrade.core.certificate;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code verify}: checks a certificate or voucher QR offline and says what it is in plain words.
 *
 * <pre>
 * verify --key FILE|DIR [--redeemed FILE] [--certificate FILE] (--image FILE | PAYLOAD)
 * </pre>
 *
 * <p>{@code --key} is an exported public key ({@code .pem}) or the fleet's directory of them;
 * {@code --image} a photo or scan (PNG, JPEG) of the QR; otherwise the payload text itself. Either
 * may be the bare payload ({@code CT:...}) or the verification link that receipts print ({@code
 * https://fleet.example.com/c#CT:...}). {@code
 * --redeemed} is the cashier's list of redeemed vouchers: a valid voucher is added to it, a voucher
 * already on it is refused. {@code --certificate} is the full certificate text, checked against
 * the hash in the QR. The exit code is the {@link Verdict#exitCode() verdict's}; {@value #USAGE}
 * for bad arguments, {@value #INPUT_ERROR} when an input file cannot be read.
 *
 * <p>Reading a photo is the {@link QrPhotoReader}'s job; the launcher's {@code verify} command and
 * the program {@code org.cleartrade.codes.VerifyProgram} wire ZXing's.
 */
public final class VerifyCommand {

    public static final int USAGE = 64;
    public static final int INPUT_ERROR = 66;

    private static final String SYNOPSIS =
            "usage: verify --key FILE|DIR [--redeemed FILE] [--certificate FILE] (--image FILE | PAYLOAD)";

    private final Clock clock;
    private final QrPhotoReader photos;

    public VerifyCommand(Clock clock, QrPhotoReader photos) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.photos = Objects.requireNonNull(photos, "photos");
    }

    /** Runs the command; returns its exit code. */
    public int run(String[] args, PrintStream out) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(SYNOPSIS);
            return USAGE;
        }
        try {
            TrustedKeys keys = TrustedKeys.load(options.keys);
            String text = options.image.isPresent() ? photos.read(options.image.get()) : options.payload;
            PayloadVerifier verifier = new PayloadVerifier(keys, clock, options.redeemed.map(RedeemedVoucherFile::new));
            Verification verification = verifier.verify(text);
            Optional<Boolean> matches = fullTextMatches(verification, options.certificate);
            Verification result = matches.orElse(true)
                    ? verification
                    : new Verification(
                            Verdict.TAMPERED,
                            "the full certificate text does not match the SHA-256 in the signed code",
                            verification.payload());
            PlainWordsReport.print(result, matches, out);
            return result.verdict().exitCode();
        } catch (IOException | UncheckedIOException | InvalidKeyFileException e) {
            out.println("CANNOT CHECK: " + e.getMessage());
            return INPUT_ERROR;
        }
    }

    private static Optional<Boolean> fullTextMatches(Verification verification, Optional<Path> certificate)
            throws IOException {
        if (certificate.isEmpty()
                || verification.verdict() != Verdict.VALID
                || !(verification.payload().orElseThrow().content() instanceof CertificatePayload payload)) {
            return Optional.empty();
        }
        String text = Files.readString(certificate.get(), StandardCharsets.UTF_8);
        return Optional.of(PayloadVerifier.matchesCertificate(payload, text));
    }

    private record Options(
            Path keys, Optional<Path> redeemed, Optional<Path> certificate, Optional<Path> image, String payload) {

        static Options parse(String[] args) {
            Path keys = null;
            Path redeemed = null;
            Path certificate = null;
            Path image = null;
            List<String> positional = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--key", "--keys" -> keys = Path.of(value(args, ++i, "--key"));
                    case "--redeemed" -> redeemed = Path.of(value(args, ++i, "--redeemed"));
                    case "--certificate" -> certificate = Path.of(value(args, ++i, "--certificate"));
                    case "--image" -> image = Path.of(value(args, ++i, "--image"));
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        positional.add(args[i]);
                    }
                }
            }
            if (keys == null) {
                throw new IllegalArgumentException("--key is required: the kiosk's public key file or key directory");
            }
            if ((image == null) == (positional.size() != 1)) {
                throw new IllegalArgumentException("give either --image FILE or one payload text");
            }
            return new Options(
                    keys,
                    Optional.ofNullable(redeemed),
                    Optional.ofNullable(certificate),
                    Optional.ofNullable(image),
                    positional.isEmpty() ? "" : positional.get(0));
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }
    }
}
