package org.precinct.charts;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.io.FileOutputStream;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import org.junit.jupiter.api.Test;

final class ChartsArchitectureTest {

  private static final JavaClasses CHARTS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.precinct.charts");

  @Test
  void chartsReadEngineResultsOnly() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.precinct.engine.kernel..", "org.precinct.engine.model..",
            "org.precinct.engine.experiment..", "org.precinct.engine.random..",
            "org.precinct.scenarios..", "org.precinct.cli..")
        .check(CHARTS);
  }

  @Test
  void theOnlySpecTypeChartsUseIsTheCategoryEnumThatResultsCarry() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.precinct.engine.spec..").and(not(simpleName("PolicyCategory"))))
        .check(CHARTS);
  }

  @Test
  void onlyTheWritersTheRendererAndTheFontSetupTouchTheFileSystem() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.precinct.charts.output..")
        .and()
        .doNotHaveSimpleName("ChartRenderer")
        .and()
        .doNotHaveSimpleName("FontEnvironment")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("java.nio.file..")
        .orShould()
        .dependOnClassesThat(
            belongToAnyOf(
                File.class, FileOutputStream.class, FileWriter.class, RandomAccessFile.class))
        .check(CHARTS);
  }

  @Test
  void chartsNeverPrintOrExit() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(System.class, "exit", int.class)
        .check(CHARTS);
  }
}
