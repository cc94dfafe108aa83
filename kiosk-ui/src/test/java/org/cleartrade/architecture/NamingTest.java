package org.cleartrade.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Names say what things are (HOUSE_STYLE.md). */
@AnalyzeClasses(packages = "org.cleartrade", importOptions = ImportOption.DoNotIncludeTests.class)
class NamingTest {

    @ArchTest
    static final ArchRule noVagueSuffixes = noClasses()
            .should()
            .haveSimpleNameEndingWith("Impl")
            .orShould()
            .haveSimpleNameEndingWith("Manager")
            .orShould()
            .haveSimpleNameEndingWith("Helper")
            .orShould()
            .haveSimpleNameEndingWith("Util")
            .orShould()
            .haveSimpleNameEndingWith("Utils")
            .because("interfaces are named by role and implementations by technology");
}
