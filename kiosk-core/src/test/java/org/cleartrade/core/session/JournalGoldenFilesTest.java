package org.cleartrade.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.cleartrade.core.testing.SessionFixtures.T0;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cleartrade.core.driver.VirtualTime;
import org.cleartrade.core.jurisdiction.JurisdictionProfiles;
import org.cleartrade.core.ledger.TradeRecord;
import org.cleartrade.core.testing.SessionFixtures;
import org.cleartrade.ports.printer.PrinterStatus;
import org.junit.jupiter.api.Test;

/**
 * The session journal's text, as written to ledgers that exist, is pinned by golden files: one
 * folder per format version under {@code src/test/resources/journal/}, each file a snapshot as the
 * code of that version wrote it. Every file of every version must still decode, so a ledger written
 * before an upgrade still resumes; the files of the current version must come back byte for byte
 * from today's encoder, so a change to the text cannot slip in unnoticed.
 *
 * <p>A deliberate change to the format bumps {@link SnapshotCodec#FORMAT}, keeps the old folder
 * as it is, and lets this test write the new version's files (it writes a missing file, fails once,
 * and the new file is reviewed and committed). Existing files are never rewritten.
 */
class JournalGoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/journal");

    /** The sessions pinned for each version, named for what they hold. */
    private static List<Golden> goldens() {
        return List.of(
                new Golden("offer-no-trade-yet", played(Phase.OFFER)),
                new Golden("voucher-printing", played(Phase.PRINTING_VOUCHER)),
                new Golden("certificate-on-screen-after-paper-out", paperOutAtCertificate()));
    }

    private record Golden(String name, SessionSnapshot snapshot) {
        Path file(String format) {
            return GOLDEN.resolve(format.replace('/', '-')).resolve(name + extension(format));
        }
    }

    /** The lines of /1 are {@code .txt}; every JSON version is {@code .json}. */
    private static String extension(String format) {
        return format.equals(SnapshotCodec.FORMAT_1) ? ".txt" : ".json";
    }

    @Test
    void todaysEncoderWritesTheCurrentVersionsFilesByteForByte() throws IOException {
        boolean written = false;
        for (Golden golden : goldens()) {
            Path file = golden.file(SnapshotCodec.FORMAT);
            String now = SnapshotCodec.encode(golden.snapshot());
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, now, StandardCharsets.UTF_8);
                written = true;
                continue;
            }
            assertThat(now)
                    .as(
                            "the journal text of %s differs from %s: a changed format needs a new FORMAT"
                                    + " version and new golden files, with the old ones kept",
                            golden.name(), file)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }
        if (written) {
            fail("golden files written for " + SnapshotCodec.FORMAT + " under " + GOLDEN.toAbsolutePath()
                    + ": review and commit them");
        }
    }

    @Test
    void everyGoldenFileOfEveryVersionStillDecodes() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(GOLDEN)) {
            files = walk.filter(
                            p -> p.toString().endsWith(".txt") || p.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
        assertThat(files).as("golden journal files").isNotEmpty();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            SessionSnapshot decoded = SnapshotCodec.decode(text);
            assertThat(decoded.sessionId()).as(file.toString()).isEqualTo("S-G");
            if (file.getParent().getFileName().toString().equals(SnapshotCodec.FORMAT.replace('/', '-'))) {
                assertThat(SnapshotCodec.encode(decoded))
                        .as(file + " round trip")
                        .isEqualTo(text);
            }
        }
    }

    @Test
    void theCurrentVersionsFilesHoldWhatTheSessionKnew() throws IOException {
        String format = SnapshotCodec.FORMAT.replace('/', '-');

        SessionSnapshot offer = read(format, "offer-no-trade-yet");
        assertThat(offer.phase()).isEqualTo(Phase.OFFER);
        assertThat(offer.offer().quote()).isPresent();
        assertThat(offer.trade().tradeId()).isEmpty();
        assertThat(Files.readString(new Golden("offer-no-trade-yet", offer).file(SnapshotCodec.FORMAT)))
                .as("nothing that identifies the phone is journaled before a trade exists")
                .doesNotContain(SessionFixtures.SERIAL)
                .doesNotContain(SessionFixtures.IMEI);
        assertThat(offer.phone().inspection().orElseThrow().identity().imei()).isEmpty();

        SessionSnapshot voucher = read(format, "voucher-printing");
        assertThat(voucher.phase()).isEqualTo(Phase.PRINTING_VOUCHER);
        assertThat(voucher.phone().serial()).contains(SessionFixtures.SERIAL);
        assertThat(voucher.trade().status()).contains(TradeRecord.Status.BINNED);
        assertThat(voucher.trade().certificate()).isPresent();
        assertThat(voucher.trade().voucher()).isPresent();
        assertThat(voucher.trade().deposit().bin()).hasValue(1);
        assertThat(voucher.trade().erasure().consent()).isPresent();

        SessionSnapshot onScreen = read(format, "certificate-on-screen-after-paper-out");
        assertThat(onScreen.phase()).isEqualTo(Phase.CERTIFICATE_ON_SCREEN);
        assertThat(onScreen.alerts())
                .extracting(OperatorAlert::kind)
                .containsExactly(OperatorAlert.Kind.PRINTER_OUT_OF_PAPER);
    }

    private static SessionSnapshot read(String format, String name) throws IOException {
        return SnapshotCodec.decode(
                Files.readString(GOLDEN.resolve(format).resolve(name + extension(SnapshotCodec.FORMAT))));
    }

    /** A session played along the happy path to {@code phase} on a fixed clock. */
    private static SessionSnapshot played(Phase phase) {
        return playedTo(phase, new VirtualTime(T0)).snapshot();
    }

    private static SessionMachine playedTo(Phase phase, VirtualTime time) {
        SessionMachine m = SessionMachine.start(
                "S-G", JurisdictionProfiles.bundled("US-IL"), SessionSettings.defaults(), time.clock());
        while (m.snapshot().phase() != phase) {
            m.on(SessionFixtures.happyNext(m.snapshot(), time.now()).orElseThrow());
        }
        return m;
    }

    private static SessionSnapshot paperOutAtCertificate() {
        SessionMachine m = playedTo(Phase.PRINTING_CERTIFICATE, new VirtualTime(T0));
        return m.on(new SessionEvent.PrintFailed("paper out", Optional.of(new PrinterStatus(true, true, false, false))))
                .to();
    }
}
