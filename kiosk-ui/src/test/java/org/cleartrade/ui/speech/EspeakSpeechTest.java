package org.cleartrade.ui.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.cleartrade.ui.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The espeak-ng port against a stand-in {@code espeak-ng} on the PATH that takes 0.3 s per
 * utterance and writes down each one it finished: utterances wait their turn instead of cutting
 * each other off, and stop drops what is still waiting.
 */
class EspeakSpeechTest {

    @TempDir
    Path bin;

    private Path log;

    private SpeechOutput engine() throws Exception {
        log = bin.resolve("said.log");
        Path fake = bin.resolve("espeak-ng");
        Files.writeString(fake, "#!/bin/sh\nsleep 0.3\nfor last; do :; done\necho \"$2 $last\" >> '" + log + "'\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        return EspeakSpeech.find(bin.toString()).orElseThrow();
    }

    private List<String> said(int expected) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(giveUp)) {
            if (Files.exists(log) && Files.readAllLines(log).size() >= expected) {
                return Files.readAllLines(log);
            }
            Thread.sleep(50);
        }
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    @Test
    void eachUtteranceIsSpokenToItsEndInTurn() throws Exception {
        SpeechOutput speech = engine();
        speech.say("Your voucher is 240 euros", Language.ENGLISH);
        speech.say("Take your voucher", Language.ENGLISH);
        speech.say("Gracias", Language.SPANISH);

        assertThat(said(3)).containsExactly("en Your voucher is 240 euros", "en Take your voucher", "es Gracias");
    }

    @Test
    void stopDropsWhatIsStillWaiting() throws Exception {
        SpeechOutput speech = engine();
        speech.say("first", Language.ENGLISH);
        speech.say("second", Language.ENGLISH);
        speech.stop();
        speech.say("next seller", Language.ENGLISH);

        assertThat(said(1)).containsExactly("en next seller");
    }

    /** espeak-ng exits 0 when the sound card is missing; what it printed is logged, once. */
    @Test
    void aComplaintFromEspeakIsLoggedOnce() throws Exception {
        Path fake = bin.resolve("espeak-ng");
        Files.writeString(
                fake,
                "#!/bin/sh\necho 'ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM default' >&2\n"
                        + "echo 'error: No such file or directory' >&2\necho done >> '" + bin.resolve("runs") + "'\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Logger logger = Logger.getLogger(EspeakSpeech.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        try {
            SpeechOutput speech = EspeakSpeech.find(bin.toString()).orElseThrow();
            speech.say("one", Language.ENGLISH);
            speech.say("two", Language.ENGLISH);
            Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
            while (Instant.now().isBefore(giveUp)
                    && !(Files.exists(bin.resolve("runs"))
                            && Files.readAllLines(bin.resolve("runs")).size() == 2)) {
                Thread.sleep(50);
            }
            Thread.sleep(200);
        } finally {
            logger.removeHandler(handler);
        }

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(java.text.MessageFormat.format(r.getMessage(), r.getParameters()))
                    .contains("Unknown PCM default");
        });
    }
}
