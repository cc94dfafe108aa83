package org.cleartrade.deviceio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {

    @TempDir
    Path dir;

    @Test
    void aWriteLeavesOnlyTheStateFileBehind() throws IOException {
        StateFile state = new StateFile(dir.resolve("latch.properties"), "latch snapshot");

        state.write("bins=4\n");
        state.write("bins=5\n");

        assertThat(names()).containsExactly("latch.properties");
        assertThat(state.read().orElseThrow().integer("bins")).isEqualTo(5);
    }

    @Test
    void temporaryFilesAKilledWriteLeftAreDeletedWhenTheStateIsRead() throws IOException {
        Files.writeString(dir.resolve("latch.properties"), "bins=4\n");
        Files.writeString(dir.resolve("latch.properties.tmp"), "bins=");
        Files.writeString(dir.resolve("latch.properties8412907443.tmp"), "bi");
        Files.writeString(dir.resolve("dock.properties.tmp"), "someone else's");

        StateFile state = new StateFile(dir.resolve("latch.properties"), "latch snapshot");

        assertThat(state.read().orElseThrow().integer("bins")).isEqualTo(4);
        assertThat(names()).containsExactly("dock.properties.tmp", "latch.properties");
    }

    @Test
    void writersOnSeveralThreadsNeverRenameEachOthersTemporaryFileAway() throws Exception {
        StateFile state = new StateFile(dir.resolve("dock.properties"), "dock snapshot");
        int writers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 200; i++) {
                        state.write("writer=" + writer + "\n");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(); // an UncheckedIOException from a lost temporary file surfaces here
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(names()).containsExactly("dock.properties");
    }

    private Stream<String> namesStream() throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString()).sorted();
    }

    private List<String> names() throws IOException {
        try (Stream<String> names = namesStream()) {
            return names.toList();
        }
    }
}
