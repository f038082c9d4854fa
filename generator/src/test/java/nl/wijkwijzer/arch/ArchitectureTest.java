package nl.wijkwijzer.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The package rules of the generator, on its compiled main classes: one package per stage, data
 * flowing one way. Each rule is also run on a deliberately broken class layout
 * ({@code nl.wijkwijzer.arch.broken}, test classes only) to show that it can fail.
 */
class ArchitectureTest {
    static final String ROOT = "nl.wijkwijzer";
    /** The edges of the program: they may use every stage, and no stage may use them. */
    static final List<String> EDGES = List.of("cli", "serve", "bench");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** One slice per package right below {@code nl.wijkwijzer}; the facade's own package is the slice "(facade)". */
    static SliceAssignment packages(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String p = c.getPackageName();
                if (p.equals(root)) {
                    return SliceIdentifier.of("(facade)");
                }
                if (!p.startsWith(root + ".")) {
                    return SliceIdentifier.ignore();
                }
                String rest = p.substring(root.length() + 1);
                return SliceIdentifier.of(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
            }

            @Override
            public String getDescription() {
                return "packages below " + root;
            }
        };
    }

    static ArchRule noCycles(String root) {
        return slices().assignedFrom(packages(root)).should().beFreeOfCycles();
    }

    static ArchRule stagesNeverUseTheEdges(String root) {
        String[] edges = EDGES.stream().map(e -> root + "." + e + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackages(edges)
                .should().dependOnClassesThat().resideInAnyPackage(edges)
                .because("a stage runs the same under the command line, the preview and the benchmark");
    }

    /**
     * No state shared by all builds of a process: a static field is final, and never a per-thread
     * scratch object ({@code ThreadLocal}), whose contents outlive the build that filled them. Memos and
     * buffers belong to one build ({@code util.BuildCache}, the build's objects) or to one call.
     * (A final field can still hold a mutable object; the few that do say why in a comment, such as
     * {@code write.OutputFolder}'s per-process lock table.)
     */
    static ArchRule staticFieldsAreFinal(String root) {
        return fields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage(root + "..")
                .should().beFinal()
                .because("a static field that can change is state shared by every build in the process");
    }

    static ArchRule noStaticThreadLocals(String root) {
        return noFields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage(root + "..")
                .should().haveRawType(ThreadLocal.class)
                .because("a per-thread scratch object outlives the build that filled it; keep it in the build's objects");
    }

    @Test
    void noGlobalMutableState() {
        staticFieldsAreFinal(ROOT).check(MAIN);
        noStaticThreadLocals(ROOT).check(MAIN);
    }

    @Test
    void noPackageCycles() {
        noCycles(ROOT).check(MAIN);
    }

    @Test
    void stagesNeverImportCliServeOrBench() {
        stagesNeverUseTheEdges(ROOT).check(MAIN);
    }

    /** The rules fail on a layout that breaks them (test classes under {@code arch.broken}). */
    @Test
    void theRulesCatchABrokenLayout() {
        String broken = ROOT + ".arch.broken";
        JavaClasses classes = new ClassFileImporter().importPackages(broken);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> noCycles(broken).check(classes));
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> stagesNeverUseTheEdges(broken).check(classes));
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> staticFieldsAreFinal(broken).check(classes));
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> noStaticThreadLocals(broken).check(classes));
    }
}
