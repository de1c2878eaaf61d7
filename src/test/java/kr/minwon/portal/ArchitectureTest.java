package kr.minwon.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture the README draws, checked on every build: the features stand on floors and depend only on the
 * floors below them; no cycles between features; inside a feature boundary → control → entity, and control stays free
 * of container types so it can be unit-tested as plain Java.
 */
class ArchitectureTest {

    static final String ROOT = "kr.minwon.portal";

    /** Top to bottom; features on one floor do not know each other. */
    static final List<List<String>> FLOORS = List.of(
            List.of("bestpractice", "dashboard"),
            // Mileage tells people of their points through notice's inbox (issue 18), so it stands above notice.
            List.of("mileage"),
            List.of("notice"),
            List.of("petition"),
            List.of("calendar"),
            List.of("security"),
            List.of("staff"),
            List.of("platform"));

    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(ROOT);
    }

    @Test
    void everyTopLevelPackageIsAFeatureOnAFloor() {
        noClasses()
                .should()
                .resideOutsideOfPackages(FLOORS.stream()
                        .flatMap(List::stream)
                        .map(f -> ROOT + "." + f + "..")
                        .toArray(String[]::new))
                .because("every class belongs to a feature on one of the floors")
                .check(classes);
    }

    @Test
    void featuresDependOnlyOnFeaturesBelowThem() {
        for (int floor = 0; floor < FLOORS.size(); floor++) {
            for (String feature : FLOORS.get(floor)) {
                List<String> notBelow = new ArrayList<>();
                for (int other = 0; other <= floor; other++) {
                    for (String f : FLOORS.get(other)) {
                        if (!f.equals(feature)) {
                            notBelow.add(ROOT + "." + f + "..");
                        }
                    }
                }
                if (notBelow.isEmpty()) {
                    continue;
                }
                noClasses()
                        .that()
                        .resideInAPackage(ROOT + "." + feature + "..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(notBelow.toArray(String[]::new))
                        .because(feature + " may only use the features on the floors below it")
                        .check(classes);
            }
        }
    }

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void controlIsFreeOfContainerTypes() {
        noClasses()
                .that()
                .resideInAPackage("..control..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.ejb..",
                        "jakarta.inject..",
                        "jakarta.enterprise..",
                        "jakarta.ws.rs..",
                        "jakarta.faces..",
                        "jakarta.servlet..",
                        "jakarta.security..",
                        "jakarta.annotation..",
                        // no EntityManager, no queries; mapping annotations live on the entities, not here
                        "jakarta.persistence..")
                .because("control holds the rules as plain Java; the container's services belong to boundary")
                .check(classes);
    }

    @Test
    void controlAndEntityNeverUseBoundary() {
        noClasses()
                .that()
                .resideInAnyPackage("..control..", "..entity..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..boundary..")
                .because("boundary → control → entity")
                .check(classes);
    }
}
