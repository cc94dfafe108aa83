package org.cleartrade.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The session's transition table has one source, the machine: {@link TransitionProbe} reads it off
 * the code, and docs/architecture.md holds it between two markers. A change to the machine that the
 * document does not show, or a hand edit of the document that the machine does not do, fails here.
 * {@code -Dtransitions.update=true} writes the table the machine has into the document.
 */
class TransitionTableTest {

    static final String BEGIN = "<!-- transition-table: generated from the machine by TransitionTableTest;"
            + " -Dtransitions.update=true rewrites it -->";
    static final String END = "<!-- /transition-table -->";

    @Test
    void theArchitectureDocumentShowsTheTableTheMachineHas() throws IOException {
        Path doc = architectureDocument();
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertThat(begin).as(doc + " has the marker " + BEGIN).isNotNegative();
        assertThat(end).as(doc + " has the marker " + END).isGreaterThan(begin);
        String documented = text.substring(begin + BEGIN.length(), end);
        String generated = "\n" + section(TransitionProbe.rows());

        if (!documented.equals(generated) && Boolean.getBoolean("transitions.update")) {
            Files.writeString(
                    doc,
                    text.substring(0, begin + BEGIN.length()) + generated + text.substring(end),
                    StandardCharsets.UTF_8);
            documented = generated;
        }

        assertThat(documented)
                .as(
                        "the transition table in %s is not what the machine does;"
                                + " run the kiosk-core test TransitionTableTest with -Dtransitions.update=true and review the diff",
                        doc)
                .isEqualTo(generated);
    }

    @Test
    void theCatalogueSendsEveryKindOfEventButTheLanguageChange() {
        Set<Class<?>> kinds = new LinkedHashSet<>();
        collect(SessionEvent.class, kinds);
        kinds.remove(SessionEvent.LanguageChosen.class);

        assertThat(TransitionProbe.kindsNamed()).containsAll(kinds);
    }

    @Test
    void eachVariantHasItsOwnName() {
        assertThat(TransitionProbe.VARIANTS)
                .extracting(TransitionProbe.Variant::name)
                .doesNotHaveDuplicates();
    }

    @Test
    void everyPhaseThatIsNotFinalTakesALanguageChangeAndStays() {
        assertThat(TransitionProbe.languageKeepsEveryPhase()).isEmpty();
    }

    @Test
    void everyPhaseThatIsNotFinalCanBeResumedAndTakesItsTimeout() {
        Map<Phase, List<String>> byPhase = new LinkedHashMap<>();
        for (TransitionProbe.Row row : TransitionProbe.rows()) {
            byPhase.computeIfAbsent(row.phase(), p -> new ArrayList<>()).add(row.event());
        }
        for (Phase phase : Phase.values()) {
            if (!phase.isFinal()) {
                assertThat(byPhase.get(phase)).as(phase.name()).contains("Resumed");
            }
            if (SessionSettings.defaults().timeout(phase).isPresent()) {
                assertThat(byPhase.get(phase)).as(phase.name()).contains("Timeout");
            }
        }
    }

    private static void collect(Class<?> type, Set<Class<?>> kinds) {
        Class<?>[] permitted = type.getPermittedSubclasses();
        if (permitted == null) {
            kinds.add(type);
            return;
        }
        for (Class<?> sub : permitted) {
            collect(sub, kinds);
        }
    }

    /** A diagram of the moves between phases and the full table, as Markdown. */
    static String section(List<TransitionProbe.Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append("```mermaid\nstateDiagram-v2\n    [*] --> ATTRACT\n");
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        for (TransitionProbe.Row row : rows) {
            if (row.next() != row.phase() && !row.event().equals("Resumed")) {
                edges.computeIfAbsent(row.phase() + " --> " + row.next(), k -> new LinkedHashSet<>())
                        .add(row.event());
            }
        }
        edges.forEach((edge, events) -> out.append("    ")
                .append(edge)
                .append(": ")
                .append(String.join(" / ", events))
                .append('\n'));
        for (Phase phase : Phase.values()) {
            if (phase.isFinal()) {
                out.append("    ").append(phase).append(" --> [*]\n");
            }
        }
        out.append("```\n\n");
        out.append("| phase | event | next phase | outcome | effects | ledger facts |\n");
        out.append("|---|---|---|---|---|---|\n");
        out.append(rows.stream().map(TransitionProbe.Row::markdown).collect(Collectors.joining("\n")));
        out.append('\n');
        return out.toString();
    }

    private static Path architectureDocument() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path doc = dir.resolve("docs/architecture.md");
            if (Files.isRegularFile(doc)) {
                return doc;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(
                "docs/architecture.md not found above " + Path.of("").toAbsolutePath());
    }
}
