package org.cleartrade.ledger.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cleartrade.core.ledger.LedgerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class H2LedgerLockTest {
    @TempDir
    Path folder;

    @Test
    @Timeout(120)
    void refusesADatabaseThatAnotherProcessHoldsAndOpensItOnceReleased() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process holder = new ProcessBuilder(List.of(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldLedgerOpen.class.getName(),
                        folder.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).as("the holder opened the ledger").isEqualTo("READY");

            assertThatThrownBy(() -> H2Ledger.open(folder, Clock.systemUTC()))
                    .isInstanceOf(LedgerException.class)
                    .hasMessageContaining(folder.resolve("ledger.mv.db").toString())
                    .hasMessageContaining("in use by another process");

            holder.getOutputStream().close();
            assertThat(holder.waitFor(60, TimeUnit.SECONDS))
                    .as("the holder exits")
                    .isTrue();
            try (H2Ledger ledger = H2Ledger.open(folder, Clock.systemUTC())) {
                assertThat(ledger.openSessions()).isEmpty();
            }
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
