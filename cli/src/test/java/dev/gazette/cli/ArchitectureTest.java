package dev.gazette.cli;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.gazette.analysis.text.Tokens;
import dev.gazette.analysis.text.Words;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layering of CONVENTIONS.md and docs/contributing.md, checked on the compiled main classes of
 * every module of the jar: a change that breaks it fails the build.
 */
class ArchitectureTest {

    /** The modules, lowest first: each may use those before it, never those after. */
    private static final List<String> LAYERS = List.of("model", "analysis", "validate", "export", "cli");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.gazette");
    }

    @Test
    void theImportedClassesCoverEveryModule() {
        for (String layer : LAYERS) {
            org.assertj.core.api.Assertions.assertThat(classes.stream()
                    .anyMatch(c -> c.getPackageName().startsWith("dev.gazette." + layer)))
                    .as("classes of module %s imported", layer).isTrue();
        }
    }

    @Test
    void modulesDependOnlyOnTheModulesBelowThem() {
        for (int i = 0; i < LAYERS.size(); i++) {
            for (int j = i + 1; j < LAYERS.size(); j++) {
                noClasses().that().resideInAPackage("dev.gazette." + LAYERS.get(i) + "..")
                        .should().dependOnClassesThat().resideInAPackage("dev.gazette." + LAYERS.get(j) + "..")
                        .because(LAYERS.get(i) + " is below " + LAYERS.get(j))
                        .check(classes);
            }
        }
    }

    @Test
    void exportersReadProductsAndNeverRuleOrExtractorInternals() {
        noClasses().that().resideInAPackage("dev.gazette.export..")
                .should().dependOnClassesThat().resideInAPackage("dev.gazette.validate.rules..")
                .because("exporters read results, not rules")
                .check(classes);
        noClasses().that().resideInAPackage("dev.gazette.export..")
                .should().dependOnClassesThat(resideInAPackage("dev.gazette.analysis..")
                        .and(not(resideInAPackage("dev.gazette.analysis.pipeline..")))
                        .and(not(describe("an immutable product value (a record or an enum)",
                                (JavaClass c) -> c.isRecord() || c.isEnum()))))
                .because("exporters read the analysis's products (analysis.pipeline and its value types),"
                        + " never call an extractor")
                .check(classes);
    }

    @Test
    void theRuleApiNeverImportsRuleImplementations() {
        noClasses().that().resideInAPackage("dev.gazette.validate")
                .should().dependOnClassesThat().resideInAPackage("dev.gazette.validate.rules..")
                .check(classes);
    }

    @Test
    void aTextIsTokenisedOnlyByItsUnit() {
        noClasses().that().resideOutsideOfPackage("dev.gazette.analysis.text..")
                .should().callMethod(Tokens.class, "of", String.class)
                .orShould().callMethod(Words.class, "forEach", String.class, Words.Visitor.class)
                .because("rules and extractors read the tokens of a TextUnit (one pass per unit, shared), never tokenise"
                        + " a text again")
                .check(classes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"model", "analysis", "validate", "export", "cli"})
    void internalPackagesStayInsideTheirModule(String module) {
        noClasses().that().resideOutsideOfPackage("dev.gazette." + module + "..")
                .should().dependOnClassesThat().resideInAPackage("dev.gazette." + module + "..internal..")
                .check(classes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"model", "analysis", "validate", "export"})
    void thePackagesOfAModuleDoNotDependOnEachOtherInACircle(String module) {
        slices().matching("dev.gazette." + module + ".(**)").should().beFreeOfCycles().check(classes);
    }
}
