package org.cleartrade.ui.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md and the parser name the same keys: a key documented but never read, or
 * read but not documented, fails here. "Read" is what the parser asks for while it builds a
 * configuration (every key has a default, so all of them are asked for; the fleet service's keys
 * are read once any of them is set).
 */
class DocumentedKeysTest {

    private static final Path DOC = locate("docs/configuration.md");
    /** A key table's row: its first cell is one key in backticks. */
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z0-9.-]+)` \\|");

    private final KioskConfigParser parser = new KioskConfigParser(Map.of(), Path.of("/home/seller"));

    @Test
    void everyKeyTheParserReadsIsDocumentedAndEveryDocumentedKeyIsRead() throws IOException {
        Set<String> documented = documentedKeys();
        Set<String> read =
                new TreeSet<>(parser.parseRecordingReads(new Properties()).keysRead());
        read.addAll(parser.parseRecordingReads(minimalFleetService()).keysRead());

        assertThat(documented).as("keys in %s", DOC).isNotEmpty();
        Set<String> undocumented = new TreeSet<>(read);
        undocumented.removeAll(documented);
        Set<String> unread = new TreeSet<>(documented);
        unread.removeAll(read);
        assertThat(undocumented).as("read by the parser but not documented").isEmpty();
        assertThat(unread).as("documented but never read").isEmpty();
    }

    @Test
    void theDocumentedExampleFilesParse() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher block =
                Pattern.compile("```properties\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        int examples = 0;
        while (block.find()) {
            Properties p = new Properties();
            p.load(new StringReader(block.group(1)));
            parser.parse(p);
            examples++;
        }
        assertThat(examples).isPositive();
    }

    private static Set<String> documentedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        for (String line : lines) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    private static Properties minimalFleetService() {
        Properties p = new Properties();
        p.setProperty("backoffice.url", "https://fleet.example.org/api");
        p.setProperty("backoffice.kiosk-id", "SZ-MALL-07");
        p.setProperty("backoffice.fleet-public-key", "MCowBQYDK2VwAyEARl7Xl1qoKu9btfvvXRhb+2ZinuSalbUEhoNSYvwsnwo=");
        p.setProperty("backoffice.state-dir", "/var/lib/cleartrade/backoffice");
        return p;
    }

    private static Path locate(String relative) {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + here);
    }
}
