package org.cleartrade.core.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ScratchFolderTest {

    /** A process that fills a scratch folder, prints where it is, and ends normally. */
    public static final class Child {
        public static void main(String[] args) throws IOException {
            Path folder = ScratchFolder.create("cleartrade-scratch-test");
            Files.createDirectories(folder.resolve("pairing"));
            Files.writeString(folder.resolve("pairing/record.plist"), "keys");
            System.out.println(folder);
        }
    }

    @Test
    void theFolderAndWhatItHoldsAreGoneWhenTheProcessEnds() throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Child.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        Path folder = Path.of(new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).isZero();
        assertThat(folder.getFileName().toString()).startsWith("cleartrade-scratch-test");
        assertThat(folder).doesNotExist();
    }
}
