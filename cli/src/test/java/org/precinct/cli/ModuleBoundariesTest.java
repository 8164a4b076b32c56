package org.precinct.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.security.SecureRandom;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows between Precinct's modules, checked over the production classes of all four modules
 * (they are all on the cli's class path).
 */
final class ModuleBoundariesTest {
  private static final String ENGINE = "org.precinct.engine";
  private static JavaClasses all;

  @BeforeAll
  static void importAllModules() {
    all =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.precinct");
  }

  @Test
  void everyModuleIsOnTheClassPath() {
    for (String module : new String[] {ENGINE, "org.precinct.scenarios", "org.precinct.charts"}) {
      org.assertj.core.api.Assertions.assertThat(all.containPackage(module))
          .as("classes of %s are imported", module)
          .isTrue();
    }
  }

  @Test
  void scenariosDependOnTheEngineSpecOnly() {
    noClasses()
        .that()
        .resideInAPackage("org.precinct.scenarios..")
        .should()
        .dependOnClassesThat(engineOutside(ENGINE + ".spec.."))
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("org.precinct.charts..", "org.precinct.cli..")
        .check(all);
  }

  @Test
  void chartsDependOnEngineResultsAndTheSpecEnumsTheyExpose() {
    noClasses()
        .that()
        .resideInAPackage("org.precinct.charts..")
        .should()
        .dependOnClassesThat(engineOutside(ENGINE + ".result..").and(notExposedByResults()))
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("org.precinct.scenarios..", "org.precinct.cli..")
        .check(all);
  }

  @Test
  void theEngineKnowsNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage(ENGINE + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.precinct.scenarios..", "org.precinct.charts..", "org.precinct.cli..")
        .check(all);
  }

  @Test
  void onlyTheCliTouchesTheStandardStreamsOrExits() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.precinct.cli..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(System.class, "exit", int.class)
        .orShould()
        .callMethod(Runtime.class, "exit", int.class)
        .orShould()
        .callMethod(Runtime.class, "halt", int.class)
        .check(all);
  }

  @Test
  void onlyTheEntryPointExits() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(Precinct.class.getName())
        .should()
        .callMethod(System.class, "exit", int.class)
        .check(all);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.precinct.(**)").should().beFreeOfCycles().check(all);
  }

  @Test
  void randomNumbersComeFromTheEngineRandomPackageOnly() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ENGINE + ".random..")
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(
            Random.class, ThreadLocalRandom.class, SplittableRandom.class, SecureRandom.class)
        .orShould()
        .callMethod(Math.class, "random")
        .orShould()
        .callMethod(StrictMath.class, "random")
        .check(all);
  }

  private static DescribedPredicate<JavaClass> engineOutside(String allowed) {
    return DescribedPredicate.describe(
        "are engine classes outside " + allowed,
        c ->
            c.getPackageName().startsWith(ENGINE)
                && !JavaClass.Predicates.resideInAPackage(allowed).test(c));
  }

  /**
   * Result records carry a few spec enums (a campaign outcome's {@code PolicyCategory}); charts may
   * use exactly those: enums of engine.spec that some engine.result class depends on.
   */
  private static DescribedPredicate<JavaClass> notExposedByResults() {
    java.util.Set<String> exposed =
        all.stream()
            .filter(c -> c.getPackageName().equals(ENGINE + ".result"))
            .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
            .map(d -> d.getTargetClass())
            .filter(t -> t.getPackageName().equals(ENGINE + ".spec") && t.isEnum())
            .map(JavaClass::getName)
            .collect(java.util.stream.Collectors.toSet());
    return DescribedPredicate.describe(
        "are not engine.spec enums exposed by engine.result " + exposed,
        c -> !exposed.contains(c.getName()));
  }
}
