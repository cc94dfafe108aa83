package org.cleartrade.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every production package of every module says in its {@code package-info.java} what lives there
 * and what it may depend on, so the rules ArchUnit enforces are also written where the code is.
 */
class PackageInfoTest {

    private static final Path REPOSITORY = Path.of("..");

    @Test
    void everyProductionPackageHasAPackageInfo() throws IOException {
        List<Path> sources = sourceRoots();
        assertThat(sources)
                .as("the modules' source folders, seen from kiosk-ui")
                .hasSizeGreaterThan(5);

        List<String> missing = sources.stream()
                .flatMap(PackageInfoTest::packages)
                .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
                .map(dir -> REPOSITORY.relativize(dir).toString())
                .sorted()
                .toList();

        assertThat(missing).as("packages without a package-info.java").isEmpty();
    }

    private static List<Path> sourceRoots() throws IOException {
        try (Stream<Path> modules = Files.list(REPOSITORY)) {
            return modules.map(m -> m.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .toList();
        }
    }

    /** The folders under {@code root} that hold Java sources, each one package. */
    private static Stream<Path> packages(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent).distinct().toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
