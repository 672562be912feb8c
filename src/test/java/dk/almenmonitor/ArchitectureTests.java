package dk.almenmonitor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ArchitectureTests {

    private final JavaClasses mainClasses = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.almenmonitor");

    @Test
    void onlyRepositoriesTouchJdbc() {
        noClasses().that().resideInAPackage("dk.almenmonitor.*..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .because("SQL lives only in *Repository classes")
                .check(mainClasses);
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class)
                .because("dependencies are passed through constructors")
                .check(mainClasses);
    }

    @Test
    void noSystemOut() {
        noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("the application logs through SLF4J")
                .check(mainClasses);
    }

    @Test
    void sharedHasNoSpring() {
        // package-info carries only the module declaration that ModularityTests reads (@ApplicationModule, ADR 0013).
        noClasses().that().resideInAPackage("dk.almenmonitor.shared..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .because("shared holds plain value types and rules")
                .check(mainClasses);
    }
}
