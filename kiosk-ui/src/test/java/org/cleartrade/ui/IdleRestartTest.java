package org.cleartrade.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdleRestartTest {

    @TempDir
    Path dir;

    private final AtomicBoolean idle = new AtomicBoolean(false);
    private final AtomicInteger restarts = new AtomicInteger();

    @Test
    void anUpdateWaitsForTheSellerToFinishThenRestartsOnce() throws Exception {
        Path request = dir.resolve("restart-when-idle");
        IdleRestart restart = new IdleRestart(request, idle::get, restarts::incrementAndGet);
        Files.createFile(request);

        assertThat(restart.check()).as("a seller is in a session").isFalse();
        idle.set(true);
        assertThat(restart.check()).isTrue();
        assertThat(restart.check()).as("the request was used up").isFalse();

        assertThat(restarts).hasValue(1);
        assertThat(request).doesNotExist();
    }

    @Test
    void withoutARequestAnIdleKioskKeepsRunning() {
        idle.set(true);

        assertThat(new IdleRestart(dir.resolve("restart-when-idle"), idle::get, restarts::incrementAndGet).check())
                .isFalse();
        assertThat(restarts).hasValue(0);
    }
}
