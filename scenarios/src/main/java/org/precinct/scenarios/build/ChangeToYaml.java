package org.precinct.scenarios.build;

import java.util.List;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.DistributionSpec;
import org.precinct.engine.spec.TimelineSpec;
import org.precinct.scenarios.format.Amount;
import org.precinct.scenarios.format.ChangeYaml;
import org.precinct.scenarios.format.DistributionYaml;
import org.precinct.scenarios.format.TimePoint;

/**
 * Writes changes and distributions back in the format's words, exactly enough to read back equal.
 */
final class ChangeToYaml {

  private final TimelineSpec timeline;

  ChangeToYaml(TimelineSpec timeline) {
    this.timeline = timeline;
  }

  TimePoint at(long ticks) {
    return TimePoint.of(timeline.dateTimeAt(ticks), timeline.electionDay());
  }

  List<ChangeYaml> changes(ImmutableList<Change> changes) {
    return changes.collect(this::change).castToList();
  }

  private ChangeYaml change(Change change) {
    if (change instanceof Change.SetParameter set) {
      return new ChangeYaml(
          new ChangeYaml.SetYaml(ParameterPaths.format(set.ref()), Amount.of(set.value())),
          null,
          null,
          null,
          null,
          null,
          null);
    } else if (change instanceof Change.ScaleParameter scale) {
      return new ChangeYaml(
          null,
          new ChangeYaml.ScaleYaml(ParameterPaths.format(scale.ref()), scale.factor()),
          null,
          null,
          null,
          null,
          null);
    } else if (change instanceof Change.ToggleDefense toggle) {
      ChangeYaml.ToggleYaml yaml =
          new ChangeYaml.ToggleYaml(
              EnumMapping.defense(toggle.defense()),
              toggle.targetId().isEmpty() ? null : toggle.targetId());
      return toggle.enabled()
          ? new ChangeYaml(null, null, yaml, null, null, null, null)
          : new ChangeYaml(null, null, null, yaml, null, null, null);
    } else if (change instanceof Change.AddStaff add) {
      return new ChangeYaml(
          null,
          null,
          null,
          null,
          new ChangeYaml.AddStaffYaml(
              add.queueId(), at(add.fromTicks()), at(add.toTicks()), add.staff()),
          null,
          null);
    } else if (change instanceof Change.StartCampaign start) {
      return new ChangeYaml(null, null, null, null, null, start.campaignId(), null);
    }
    return new ChangeYaml(
        null, null, null, null, null, null, ((Change.StopCampaign) change).campaignId());
  }

  /** A distribution of durations in hours, written with units. */
  static DistributionYaml hours(DistributionSpec spec) {
    return distribution(spec, true);
  }

  /** A distribution of plain numbers. */
  static DistributionYaml plain(DistributionSpec spec) {
    return distribution(spec, false);
  }

  private static DistributionYaml distribution(DistributionSpec spec, boolean hours) {
    java.util.function.DoubleFunction<Amount> a = hours ? Amount::ofHours : Amount::of;
    if (spec instanceof DistributionSpec.Exponential e) {
      return new DistributionYaml.Exponential(a.apply(e.mean()));
    } else if (spec instanceof DistributionSpec.LogNormal l) {
      return new DistributionYaml.LogNormal(a.apply(l.median()), a.apply(l.p90()));
    } else if (spec instanceof DistributionSpec.Gamma g) {
      return new DistributionYaml.Gamma(g.shape(), a.apply(g.mean()));
    } else if (spec instanceof DistributionSpec.Weibull w) {
      return new DistributionYaml.Weibull(w.shape(), a.apply(w.scale()));
    } else if (spec instanceof DistributionSpec.Uniform u) {
      return new DistributionYaml.Uniform(a.apply(u.min()), a.apply(u.max()));
    } else if (spec instanceof DistributionSpec.Triangular t) {
      return new DistributionYaml.Triangular(a.apply(t.min()), a.apply(t.mode()), a.apply(t.max()));
    } else if (spec instanceof DistributionSpec.Constant c) {
      return new DistributionYaml.Constant(a.apply(c.value()));
    }
    DistributionSpec.Empirical e = (DistributionSpec.Empirical) spec;
    return new DistributionYaml.Empirical(
        java.util.Arrays.stream(e.values()).mapToObj(a).toList(),
        java.util.Arrays.stream(e.weights()).boxed().toList());
  }
}
