package org.cleartrade.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every stylesheet ships in JavaFX's binary form too, and that form says what its source says:
 * JavaFX loads the .bss in place of the .css, so a stale one would style the kiosk with yesterday's
 * rules.
 */
class CompiledStylesheetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/org/cleartrade/ui/kiosk", "/org/cleartrade/ui/operator/operator"})
    void theBinaryStylesheetHoldsTheSameRulesAsItsSource(String name) throws IOException {
        URL source = CompiledStylesheetsTest.class.getResource(name + ".css");
        URL binary = CompiledStylesheetsTest.class.getResource(name + ".bss");
        assertThat(source).as(name + ".css").isNotNull();
        assertThat(binary).as(name + ".bss, built from the .css by the build").isNotNull();

        List<String> parsed = rules(new CssParser().parse(source));
        List<String> loaded = rules(Stylesheet.loadBinary(binary));

        assertThat(parsed).isNotEmpty();
        assertThat(loaded).isEqualTo(parsed);
    }

    private static List<String> rules(Stylesheet sheet) {
        // The binary form reads a rule's declarations on first use, which toString does not do.
        return sheet.getRules().stream().map(CompiledStylesheetsTest::describe).toList();
    }

    private static String describe(Rule rule) {
        StringBuilder text = new StringBuilder(rule.getSelectors().toString());
        for (Declaration declaration : rule.getDeclarations()) {
            text.append('\n').append(declaration.getProperty()).append(": ").append(declaration.getParsedValue());
        }
        return text.toString();
    }
}
