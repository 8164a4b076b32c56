package org.precinct.scenarios.build;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.spec.ElectionSpec;
import org.precinct.engine.spec.HarmWeightingSpec;
import org.precinct.engine.spec.MetadataSpec;
import org.precinct.engine.spec.ReachSpec;
import org.precinct.engine.spec.RunDefaultsSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.TimelineSpec;
import org.precinct.engine.spec.TlpLevel;
import org.precinct.scenarios.format.CampaignYaml;
import org.precinct.scenarios.format.ScenarioYaml;
import org.precinct.scenarios.format.TimelineYaml;
import org.precinct.scenarios.problem.Problems;
import org.precinct.scenarios.read.YamlPaths;

/**
 * Turns a bound scenario into a validated {@link ScenarioSpec}, reporting every semantic problem
 * (ranges, windows, references, parameter paths) with its YAML path before building anything.
 */
public final class SpecMapper {

  /** Seed when the file does not say. */
  public static final long DEFAULT_SEED = 1;

  /** Replications when the file does not say. */
  public static final int DEFAULT_REPLICATIONS = 100;

  private SpecMapper() {}

  /** The spec, or empty when any problem was reported. */
  public static Optional<ScenarioSpec> toSpec(ScenarioYaml yaml, Problems problems) {
    Checks checks = new Checks(problems);
    int mark = checks.mark();
    ScenarioIds ids = ScenarioIds.collect(yaml, checks);
    MetadataSpec metadata = metadata(yaml, checks);
    TimeResolver time =
        new TimelineMapper(checks)
            .map(
                yaml.timeline(),
                orEmpty(yaml.channels()),
                orEmpty(yaml.campaigns()),
                orEmpty(yaml.benign()));
    Mappers m = new Mappers(checks, ids, time, inactive(yaml));
    var channels = m.channels().channels(yaml.channels());
    var campaigns = m.campaigns().campaigns(yaml.campaigns());
    var benign = m.channels().benign(yaml.benign(), ids, time);
    var defenses = m.defenses().defenses(yaml.defenses());
    var queues = m.queues().queues(yaml.queues());
    var enforcement = m.queues().enforcement(yaml.enforcement());
    var harm = m.interventions().harmWeighting(yaml.harmWeighting());
    var timeline = elections(time.timeline(), yaml.timeline(), m.interventions(), ids, checks);
    var injects = m.exercise().injects(yaml.injects());
    var interventions = m.interventions().interventions(yaml.interventions());
    var decisions = m.exercise().decisionPoints(yaml.decisionPoints());
    var exercise = m.exercise().exercise(yaml.exercise());
    var uncertainties = m.interventions().uncertainties(yaml.uncertainty());
    RunDefaultsSpec run = run(yaml.run(), checks);
    var voters = new VoterMapper(checks).voters(yaml.voters(), time.timeline());
    ReachSpec reach = ReachMapper.reach(yaml.reach(), checks);
    return Optional.ofNullable(
        checks.build(
            "",
            mark,
            () ->
                new ScenarioSpec(
                    metadata,
                    timeline,
                    channels,
                    campaigns,
                    benign,
                    defenses,
                    queues,
                    enforcement,
                    harm,
                    injects,
                    interventions,
                    decisions,
                    exercise,
                    uncertainties,
                    run,
                    voters,
                    reach)));
  }

  private static <T> List<T> orEmpty(List<T> items) {
    return items == null ? List.of() : items;
  }

  /**
   * The timeline with each listed election's own harm weighting, where it has one; an election's
   * review queue must exist.
   */
  private static TimelineSpec elections(
      TimelineSpec timeline,
      TimelineYaml yaml,
      InterventionMapper interventions,
      ScenarioIds ids,
      Checks checks) {
    if (timeline == null || !timeline.hasElections() || yaml.elections() == null) {
      return timeline;
    }
    MutableList<ElectionSpec> out = Lists.mutable.empty();
    for (int i = 0; i < timeline.elections().size(); i++) {
      ElectionSpec e = timeline.elections().get(i);
      TimelineYaml.ElectionYaml item =
          yaml.elections().stream().filter(y -> e.id().equals(y.id())).findFirst().orElseThrow();
      checks.reference(
          item.reviewQueue(),
          ids.queues(),
          "queue",
          YamlPaths.key(YamlPaths.index("timeline.elections", i), "review-queue"));
      HarmWeightingSpec own =
          item.harmWeighting() == null
              ? null
              : interventions.harmWeighting(
                  item.harmWeighting(),
                  YamlPaths.key(YamlPaths.index("timeline.elections", i), "harm-weighting"));
      out.add(e.withHarmWeighting(own));
    }
    return timeline.withElections(out.toImmutable());
  }

  private static MetadataSpec metadata(ScenarioYaml yaml, Checks checks) {
    checks.id(yaml.id(), "id");
    if (yaml.title().isBlank()) {
      checks.report("title", "the title is empty", "a one-line title");
    }
    String marking = marking(yaml.marking(), checks);
    int mark = checks.mark();
    return checks.build(
        "",
        mark,
        () ->
            new MetadataSpec(
                String.valueOf(yaml.version()),
                yaml.id(),
                yaml.title(),
                checks.text(yaml.description()),
                checks.text(yaml.author()),
                ExerciseMapper.strings(yaml.assumptions()),
                marking));
  }

  /** The marking as TLP 2.0 spells it; anything outside the five TLP 2.0 labels is a problem. */
  private static String marking(String text, Checks checks) {
    if (text == null || text.isBlank()) {
      return "";
    }
    Optional<TlpLevel> level = TlpLevel.of(text);
    if (level.isEmpty()) {
      String hint =
          text.strip().equalsIgnoreCase("TLP:WHITE") ? " (TLP 2.0 renamed WHITE to CLEAR)" : "";
      checks.report(
          "marking",
          "not a TLP 2.0 label" + hint,
          "one of " + String.join(", ", TlpLevel.labels()));
      return "";
    }
    return level.get().label();
  }

  private static RunDefaultsSpec run(ScenarioYaml.RunYaml run, Checks checks) {
    if (run == null) {
      return new RunDefaultsSpec(DEFAULT_SEED, DEFAULT_REPLICATIONS);
    }
    int replications =
        checks.count(run.replications(), "run.replications", 1, DEFAULT_REPLICATIONS);
    return new RunDefaultsSpec(
        run.seed() == null ? DEFAULT_SEED : run.seed(), Math.max(1, replications));
  }

  /** The section mappers of one scenario, sharing its checks, ids and timeline. */
  private record Mappers(
      ChannelMapper channels,
      CampaignMapper campaigns,
      DefensesMapper defenses,
      QueueMapper queues,
      ExerciseMapper exercise,
      InterventionMapper interventions) {

    Mappers(Checks checks, ScenarioIds ids, TimeResolver time, Set<String> inactive) {
      this(
          checks,
          ids,
          time,
          new DistributionMapper(checks),
          new ChangeMapper(checks, ids, time, inactive));
    }

    Mappers(
        Checks checks, ScenarioIds ids, TimeResolver time, DistributionMapper d, ChangeMapper c) {
      this(
          new ChannelMapper(checks, d),
          new CampaignMapper(checks, d, time, ids),
          new DefensesMapper(checks, d),
          new QueueMapper(checks, d, ids),
          new ExerciseMapper(checks, time, ids, c),
          new InterventionMapper(checks, time, c, d));
    }
  }

  private static Set<String> inactive(ScenarioYaml yaml) {
    Set<String> inactive = new LinkedHashSet<>();
    if (yaml.campaigns() != null) {
      for (CampaignYaml c : yaml.campaigns()) {
        if (Boolean.FALSE.equals(c.active())) {
          inactive.add(c.id());
        }
      }
    }
    return inactive;
  }
}
