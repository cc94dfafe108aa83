package org.cleartrade.ui.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
}
