package org.cleartrade.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every program the kiosk's package carries is there on purpose: a {@code main} in a shipping
 * module is one that docs/architecture.md ("What ships, and why") lists with its reason. A test
 * peer or a benchmark with a {@code main} belongs in test sources.
 */
class ShippedEntryPointsTest {

    private static final Set<String> LISTED = Set.of(
            "org.cleartrade.ui.Launcher",
            "org.cleartrade.codes.VerifyProgram",
            "org.cleartrade.backoffice.pricebook.PriceBookSealer",
            "org.cleartrade.deviceio.dock.adb.DockTrial");

    @Test
    void everyMainInAShippingModuleIsOneTheArchitectureListsWithItsReason() throws IOException {
        List<String> mains = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.cleartrade")
                        .stream()
                        .filter(ShippedEntryPointsTest::hasMain)
                        .map(JavaClass::getName)
                        .toList();

        assertThat(mains).containsExactlyInAnyOrderElementsOf(LISTED);
        String architecture = Files.readString(Path.of("..", "docs", "architecture.md"));
        for (String main : LISTED) {
            String simpleName = main.substring(main.lastIndexOf('.') + 1);
            assertThat(architecture)
                    .as("docs/architecture.md gives the reason for " + main)
                    .contains("`" + simpleName + "`");
        }
    }

    private static boolean hasMain(JavaClass type) {
        return type.getMethods().stream()
                .anyMatch(m -> m.getName().equals("main")
                        && m.getModifiers().contains(JavaModifier.STATIC)
                        && m.getRawParameterTypes().size() == 1
                        && m.getRawParameterTypes().get(0).getName().equals(String[].class.getName()));
    }
}
