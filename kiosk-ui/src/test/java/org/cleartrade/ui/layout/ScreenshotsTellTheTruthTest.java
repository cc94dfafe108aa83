package org.cleartrade.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pictures in {@code docs/screens/} are what the README and the guides show of the product:
 * two files that should show different screens (two screens, or one screen in two languages) must
 * not be the same bytes, every kiosk screen is there in each of the three languages, and the
 * README's count and pictures match the folder.
 */
class ScreenshotsTellTheTruthTest {

    private static final List<String> LANGUAGES = List.of("en", "es", "zh-cn");
    /** A kiosk screenshot: {@code NAME.LANG.png} at the top of the folder. */
    private static final Pattern KIOSK_SHOT = Pattern.compile("(.+)\\.(en|es|zh-cn)\\.png");

    private static final Path ROOT = projectRoot();
    private static final Path SCREENS = ROOT.resolve("docs/screens");

    @Test
    void noTwoScreenshotsAreTheSameBytes() throws IOException {
        Map<String, List<String>> byHash;
        try (Stream<Path> files = Files.walk(SCREENS)) {
            byHash = files.filter(f -> f.toString().endsWith(".png"))
                    .collect(Collectors.groupingBy(
                            ScreenshotsTellTheTruthTest::sha256,
                            TreeMap::new,
                            Collectors.mapping(f -> SCREENS.relativize(f).toString(), Collectors.toList())));
        }
        assertThat(byHash.values().stream().mapToInt(List::size).sum())
                .as("screenshots in %s", SCREENS)
                .isGreaterThan(100);
        assertThat(byHash.values().stream()
                        .filter(same -> same.size() > 1)
                        .map(same -> same.stream().sorted().toList()))
                .as("screenshots that should differ but are byte-identical")
                .isEmpty();
    }

    @Test
    void everyKioskScreenIsThereInEachLanguage() throws IOException {
        Map<String, Set<String>> languagesByScreen = new TreeMap<>();
        List<String> unnamed;
        try (Stream<Path> files = Files.list(SCREENS)) {
            unnamed = files.filter(f -> f.toString().endsWith(".png"))
                    .map(f -> f.getFileName().toString())
                    .filter(name -> {
                        Matcher m = KIOSK_SHOT.matcher(name);
                        if (m.matches()) {
                            languagesByScreen
                                    .computeIfAbsent(m.group(1), k -> new TreeSet<>())
                                    .add(m.group(2));
                        }
                        return !m.matches();
                    })
                    .toList();
        }
        assertThat(unnamed).as("screenshots named without a language").isEmpty();
        assertThat(languagesByScreen)
                .as("screens missing a language")
                .allSatisfy((screen, languages) ->
                        assertThat(languages).as(screen).containsExactlyInAnyOrderElementsOf(LANGUAGES));
    }

    @Test
    void theReadmeCountsAndShowsScreenshotsThatExist() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        long kioskShots;
        try (Stream<Path> files = Files.list(SCREENS)) {
            kioskShots = files.filter(
                            f -> KIOSK_SHOT.matcher(f.getFileName().toString()).matches())
                    .count();
        }
        Matcher count =
                Pattern.compile("All (\\d+) are\\s+in \\[docs/screens/\\]").matcher(readme);
        assertThat(count.find())
                .as("the README says how many screenshots there are")
                .isTrue();
        assertThat(Long.parseLong(count.group(1))).isEqualTo(kioskShots);

        Matcher picture = Pattern.compile("\\]\\((docs/screens/[^)]+\\.png)\\)").matcher(readme);
        List<String> missing = new java.util.ArrayList<>();
        while (picture.find()) {
            if (!Files.isRegularFile(ROOT.resolve(picture.group(1)))) {
                missing.add(picture.group(1));
            }
        }
        assertThat(missing)
                .as("pictures the README shows but docs/screens lacks")
                .isEmpty();
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The checkout's root: the module's parent when Maven runs the test from the module. */
    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/screens")) && Files.isRegularFile(dir.resolve("README.md"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no docs/screens above " + Path.of("").toAbsolutePath());
    }
}
