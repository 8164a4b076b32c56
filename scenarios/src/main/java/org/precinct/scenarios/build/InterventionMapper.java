package org.precinct.scenarios.build;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.spec.DistributionSpec;
import org.precinct.engine.spec.HarmWeightPoint;
import org.precinct.engine.spec.HarmWeightingSpec;
import org.precinct.engine.spec.InterventionSpec;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.ParameterRef;
import org.precinct.engine.spec.UncertainParameterSpec;
import org.precinct.scenarios.format.HarmWeightYaml;
import org.precinct.scenarios.format.InterventionYaml;
import org.precinct.scenarios.format.UncertaintyYaml;
import org.precinct.scenarios.read.YamlPaths;

/**
 * Maps what experiments vary: interventions (bundles of changes with a default state and a cost),
 * uncertain parameters (drawn once per replication within the parameter's valid range) and the
 * harm-weight curve.
 */
final class InterventionMapper {

  private final Checks checks;
  private final TimeResolver time;
  private final ChangeMapper changes;
  private final DistributionMapper distributions;

  InterventionMapper(
      Checks checks, TimeResolver time, ChangeMapper changes, DistributionMapper distributions) {
    this.checks = checks;
    this.time = time;
    this.changes = changes;
    this.distributions = distributions;
  }

  ImmutableList<InterventionSpec> interventions(List<InterventionYaml> interventions) {
    return Lists.immutable.withAll(Indexed.map(interventions, "interventions", this::intervention));
  }

  private InterventionSpec intervention(InterventionYaml i, String path) {
    int mark = checks.mark();
    double cost = checks.nonNegative(i.costPerDay(), YamlPaths.key(path, "cost-per-day"), 0);
    var mapped = changes.list(i.changes(), YamlPaths.key(path, "changes"));
    if (i.changes().isEmpty()) {
      checks.report(
          YamlPaths.key(path, "changes"),
          "an intervention needs at least one change",
          "a list of changes");
    }
    return checks.build(
        path,
        mark,
        () ->
            new InterventionSpec(
                i.id(),
                ChannelMapper.label(i.label(), i.id()),
                checks.text(i.description()),
                i.defaultOn(),
                cost,
                mapped));
  }

  ImmutableList<UncertainParameterSpec> uncertainties(List<UncertaintyYaml> items) {
    return Lists.immutable.withAll(Indexed.map(items, "uncertainty", this::uncertainty));
  }

  private UncertainParameterSpec uncertainty(UncertaintyYaml u, String path) {
    int mark = checks.mark();
    ParameterRef ref = changes.ref(u.parameter(), YamlPaths.key(path, "parameter"));
    if ((u.between() == null) == (u.distribution() == null)) {
      checks.report(
          path,
          "give either 'between' or 'distribution'",
          "between: [low, high], or a distribution");
      return null;
    }
    DistributionSpec distribution =
        u.between() != null
            ? pair(
                u.between(),
                YamlPaths.key(path, "between"),
                (low, high) -> new DistributionSpec.Uniform(low, high))
            : distributions.plain(u.distribution(), YamlPaths.key(path, "distribution"));
    double[] range = range(u, distribution, path);
    if (ref != null && range != null) {
      Parameter p = ref.parameter();
      String expected = "values from " + p.min() + " to " + p.max() + " (" + p.unit() + ")";
      String rangePath =
          YamlPaths.key(
              path, u.range() != null ? "range" : u.between() != null ? "between" : "distribution");
      if (!(range[0] >= p.min() && range[1] <= p.max())) {
        checks.report(rangePath, "outside the parameter's valid range", expected);
      }
    }
    return checks.build(
        path, mark, () -> new UncertainParameterSpec(ref, distribution, range[0], range[1]));
  }

  private double[] range(UncertaintyYaml u, DistributionSpec distribution, String path) {
    if (u.range() != null) {
      return pair(u.range(), YamlPaths.key(path, "range"), (low, high) -> new double[] {low, high});
    }
    if (distribution instanceof DistributionSpec.Uniform uniform) {
      return new double[] {uniform.min(), uniform.max()};
    } else if (distribution instanceof DistributionSpec.Triangular triangular) {
      return new double[] {triangular.min(), triangular.max()};
    } else if (distribution instanceof DistributionSpec.Empirical empirical) {
      double[] values = empirical.values();
      return new double[] {
        Arrays.stream(values).min().orElse(0), Arrays.stream(values).max().orElse(0)
      };
    } else if (distribution instanceof DistributionSpec.Constant constant) {
      return new double[] {constant.value(), constant.value()};
    } else if (distribution != null) {
      checks.report(
          YamlPaths.key(path, "range"),
          "this distribution is unbounded, so sensitivity analysis needs a range",
          "range: [low, high]");
    }
    return null;
  }

  private <T> T pair(List<Double> values, String path, BiFunction<Double, Double, T> make) {
    if (values.size() != 2) {
      checks.report(path, "needs exactly two numbers", "[low, high]");
      return null;
    }
    if (values.get(1) < values.get(0)) {
      checks.report(path, "high is below low", "[low, high] with low <= high");
      return null;
    }
    return make.apply(values.get(0), values.get(1));
  }

  HarmWeightingSpec harmWeighting(List<HarmWeightYaml> points) {
    return harmWeighting(points, "harm-weighting");
  }

  /** A harm weighting written at {@code at} (the scenario's, or an election's own). */
  HarmWeightingSpec harmWeighting(List<HarmWeightYaml> points, String at) {
    int mark = checks.mark();
    List<HarmWeightPoint> mapped = Indexed.map(points, at, this::point);
    for (int i = 1; i < mapped.size(); i++) {
      if (mapped.get(i).daysRelative() <= mapped.get(i - 1).daysRelative()) {
        checks.report(
            YamlPaths.key(YamlPaths.index(at, i), "day"),
            "days must increase down the list",
            "a day after " + points.get(i - 1).day().text());
      }
    }
    return checks.build(at, mark, () -> new HarmWeightingSpec(Lists.immutable.withAll(mapped)));
  }

  private HarmWeightPoint point(HarmWeightYaml p, String path) {
    int mark = checks.mark();
    int day = time.electionDay(p.day(), YamlPaths.key(path, "day"));
    double weight = checks.nonNegative(p.weight(), YamlPaths.key(path, "weight"), 0);
    return checks.build(path, mark, () -> new HarmWeightPoint(day, weight));
  }
}
