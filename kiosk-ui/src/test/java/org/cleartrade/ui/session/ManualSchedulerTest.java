package org.cleartrade.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManualSchedulerTest {

    private final ManualScheduler clock = new ManualScheduler(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final List<String> ran = new ArrayList<>();

    @Test
    void runsTasksInDueOrderAtTheirDueTime() {
        clock.schedule(
                Duration.ofSeconds(2), () -> ran.add("b@" + clock.instant().getEpochSecond() % 60));
        clock.schedule(
                Duration.ofSeconds(1), () -> ran.add("a@" + clock.instant().getEpochSecond() % 60));

        clock.advance(Duration.ofSeconds(1));
        assertThat(ran).containsExactly("a@1");
        clock.advance(Duration.ofSeconds(5));

        assertThat(ran).containsExactly("a@1", "b@2");
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:06Z"));
    }

    @Test
    void aCancelledTaskNeverRuns() {
        clock.schedule(Duration.ZERO, () -> ran.add("x")).cancel();

        assertThat(clock.runDue()).isZero();
        assertThat(ran).isEmpty();
    }

    @Test
    void skippingTimeLeavesDueTasksForTheNextRun() {
        clock.schedule(Duration.ofSeconds(1), () -> ran.add("late"));

        clock.skip(Duration.ofSeconds(3));
        assertThat(ran).isEmpty();

        assertThat(clock.runDue()).isEqualTo(1);
        assertThat(ran).containsExactly("late");
    }
}
