package org.cleartrade.ui.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import org.cleartrade.deviceio.latch.LatchTiming;
import org.cleartrade.deviceio.latch.SimulatedBinLatch;
import org.junit.jupiter.api.Test;

class DemoBinTest {

    private final SimulatedBinLatch latch = new SimulatedBinLatch(
            4,
            new LatchTiming(Duration.ofSeconds(30), Duration.ofMillis(800), Duration.ZERO),
            Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void staffEmptyingAnotherBinGetThatBinsDoorNotTheLastSellers() {
        latch.unlock(1);

        assertThat(DemoBin.of(latch, OptionalInt.of(3))).isEqualTo(1);
    }

    @Test
    void theSellersOpenBinComesFirst() {
        latch.unlock(1);
        latch.unlock(3);

        assertThat(DemoBin.of(latch, OptionalInt.of(3))).isEqualTo(3);
    }

    @Test
    void withEveryBinLockedTheSellersBinOrBinOne() {
        assertThat(DemoBin.of(latch, OptionalInt.of(3))).isEqualTo(3);
        assertThat(DemoBin.of(latch, OptionalInt.empty())).isEqualTo(1);
    }
}
