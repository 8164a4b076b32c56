package org.precinct.engine.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model's wiring rules: the stages of a request's path reach one another only through their
 * outbound interfaces ({@link FlagSink}, {@link CaseSink}, {@link Verdicts}, {@link AccountFates},
 * {@link TrafficControl}, {@link Recreation}, {@link ReviewCapacity}, {@link PeriodListener}), hold
 * final fields, and only the wiring ({@link ElectionModel}, {@link Routing}, {@link ModelChanges})
 * names a stage class.
 */
final class StageWiringTest {
  private static final String PACKAGE = "org.precinct.engine.model.";

  /** Every stage, each with the stage classes it may use directly (its own parts). */
  private static final List<List<String>> STAGES =
      List.of(
          List.of("ThreatTraffic", "Classifiers"),
          List.of("Classifiers"),
          List.of("Detection"),
          List.of("ReviewDesk"),
          List.of("Enforcement"),
          List.of("CampaignLifecycle"),
          List.of("BenignTraffic", "Classifiers", "BenignCases"),
          List.of("BenignCases"),
          List.of("BackgroundLoad"),
          List.of("Staffing"),
          List.of("ModelTicks"),
          List.of("VoterOutcomes"));

  private static JavaClasses model;

  @BeforeAll
  static void importModel() {
    model =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.precinct.engine.model");
  }

  @Test
  void noStageReachesAnotherStageExceptThroughItsOutboundInterfaces() {
    for (List<String> stage : STAGES) {
      String self = stage.get(0);
      String[] others =
          STAGES.stream()
              .map(s -> s.get(0))
              .filter(name -> !stage.contains(name))
              .map(name -> PACKAGE + name)
              .toArray(String[]::new);
      noClasses()
          .that()
          .haveFullyQualifiedName(PACKAGE + self)
          .should()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "are other stages", c -> List.of(others).contains(c.getName())))
          .because(self + " must reach other stages through interfaces")
          .check(model);
    }
  }

  @Test
  void stagesHoldOnlyFinalFields() {
    fields()
        .that()
        .areDeclaredInClassesThat()
        .haveNameMatching(
            PACKAGE.replace(".", "\\.")
                + "(ThreatTraffic|Classifiers|Detection|ReviewDesk|Enforcement|CampaignLifecycle"
                + "|BenignTraffic|BenignCases|BackgroundLoad|Staffing|ModelTicks|VoterOutcomes|ModelChanges"
                + "|ElectionModel)")
        .and()
        .doNotHaveName("totalWaiting")
        .and()
        .doNotHaveName("live")
        .should()
        .beFinal()
        .check(model);
  }

  @Test
  void onlyTheWiringNamesAStageClass() {
    noClasses()
        .that()
        .resideInAPackage("org.precinct.engine.model")
        .and()
        .haveNameNotMatching(
            PACKAGE.replace(".", "\\.")
                + "(ElectionModel|Routing|ModelChanges|ChangeTargets|ThreatTraffic|BenignTraffic"
                + "|Classifiers|Detection|ReviewDesk|Enforcement|CampaignLifecycle|BenignCases"
                + "|BackgroundLoad|Staffing|ModelTicks|VoterOutcomes|RedTeam)(\\$.*)?")
        .should()
        .dependOnClassesThat()
        .haveNameMatching(
            PACKAGE.replace(".", "\\.")
                + "(ThreatTraffic|Classifiers|Detection|ReviewDesk|Enforcement|CampaignLifecycle"
                + "|BenignTraffic|BenignCases|BackgroundLoad|Staffing|ModelTicks|VoterOutcomes"
                + "|RedTeam)")
        .check(model);
  }
}
