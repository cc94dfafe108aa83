package org.cleartrade.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedeemedVoucherFileTest {

    private static final String ID = "0123456789abcdef0123456789abcdef";
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void acceptsOneOfManySimultaneousRedemptions() throws Exception {
        RedeemedVoucherFile file = new RedeemedVoucherFile(dir.resolve("redeemed.txt"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(() -> file.redeem(ID, NOW));
            }
            int accepted = 0;
            for (Future<Boolean> result : pool.invokeAll(attempts, 30, TimeUnit.SECONDS)) {
                accepted += result.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Files.readAllLines(dir.resolve("redeemed.txt"))).containsExactly(ID + " " + NOW);
    }

    @Test
    void appendsAfterAListWithoutAFinalLineBreak() throws Exception {
        String other = "ffffffffffffffffffffffffffffffff";
        Files.writeString(dir.resolve("redeemed.txt"), other + " 2026-11-01T00:00:00Z");

        assertThat(new RedeemedVoucherFile(dir.resolve("redeemed.txt")).redeem(ID, NOW))
                .isTrue();

        assertThat(Files.readAllLines(dir.resolve("redeemed.txt")))
                .containsExactly(other + " 2026-11-01T00:00:00Z", ID + " " + NOW);
    }
}
