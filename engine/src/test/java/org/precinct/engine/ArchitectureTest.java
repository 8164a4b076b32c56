package org.precinct.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.security.SecureRandom;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's architecture rules: a pure engine (JDK without UI or file system, Eclipse
 * Collections and the numeric and optimisation libraries), a kernel that knows no domain, random
 * numbers only from engine.random, no static mutable state and no package cycles.
 */
final class ArchitectureTest {

  private static final String ENGINE = "org.precinct.engine..";
  private static JavaClasses engine;

  @BeforeAll
  static void importEngine() {
    engine =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.precinct.engine");
  }

  @Test
  void engineDependsOnlyOnTheJdkCollectionsAndNumericLibraries() {
    classes()
        .that()
        .resideInAPackage(ENGINE)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "javax..",
            "org.precinct.engine..",
            "org.eclipse.collections..",
            "org.apache.commons.rng..",
            "org.apache.commons.statistics..",
            "org.HdrHistogram..",
            "io.jenetics..")
        .check(engine);
  }

  @Test
  void engineUsesNoUiAndNoFileSystem() {
    noClasses()
        .that()
        .resideInAPackage(ENGINE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.awt..", "javax.swing..", "java.nio.file..")
        .check(engine);
  }

  @Test
  void kernelKnowsNothingOfTheRestOfPrecinct() {
    noClasses()
        .that()
        .resideInAPackage("org.precinct.engine.kernel..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("org.precinct.engine.kernel..", "java..")
        .check(engine);
  }

  @Test
  void onlyEngineRandomMakesRandomNumbers() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.precinct.engine.random..")
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(
            Random.class, ThreadLocalRandom.class, SplittableRandom.class, SecureRandom.class)
        .orShould()
        .callMethod(Math.class, "random")
        .orShould()
        .callMethod(StrictMath.class, "random")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.commons.rng.simple..", "org.apache.commons.rng.core..")
        .check(engine);
  }

  @Test
  void engineHasNoStaticMutableFields() {
    fields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage(ENGINE)
        .and()
        .areStatic()
        .should()
        .haveModifier(JavaModifier.FINAL)
        .check(engine);
  }

  @Test
  void enginePackagesHaveNoCycles() {
    slices().matching("org.precinct.engine.(**)").should().beFreeOfCycles().check(engine);
  }

  @Test
  void engineNeverPrints() {
    noClasses()
        .that()
        .resideInAPackage(ENGINE)
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(System.class, "exit", int.class)
        .check(engine);
  }
}
