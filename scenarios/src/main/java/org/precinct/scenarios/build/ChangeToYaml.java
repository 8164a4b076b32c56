package org.precinct.scenarios.build;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;
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
  private final org.precinct.engine.spec.ElectionSpec election;

  ChangeToYaml(TimelineSpec timeline) {
    this(timeline, null);
  }

  private ChangeToYaml(TimelineSpec timeline, org.precinct.engine.spec.ElectionSpec election) {
    this.timeline = timeline;
    this.election = election;
  }

  /** The writer of a campaign of {@code election}: moments relative to its day, in its zone. */
  ChangeToYaml forElection(org.precinct.engine.spec.ElectionSpec election) {
    return timeline.hasElections() ? new ChangeToYaml(timeline, election) : this;
  }

  TimePoint at(long ticks) {
    return election == null
        ? TimePoint.of(timeline.dateTimeAt(ticks), timeline.electionDay())
        : TimePoint.of(timeline.instantAt(ticks).atZone(election.zone()), election.electionDay());
  }

  List<ChangeYaml> changes(ImmutableList<Change> changes) {
    return changes.collect(this::change).castToList();
  }

  private ChangeYaml change(Change change) {
    if (change instanceof Change.SetParameter set) {
      String path = ParameterPaths.format(set.ref());
      return ChangeYaml.of(new ChangeYaml.SetYaml(path, Amount.of(set.value())));
    } else if (change instanceof Change.ScaleParameter scale) {
      return ChangeYaml.of(
          new ChangeYaml.ScaleYaml(ParameterPaths.format(scale.ref()), scale.factor()));
    } else if (change instanceof Change.ToggleDefense toggle) {
      String target = toggle.targetId().isEmpty() ? null : toggle.targetId();
      return ChangeYaml.toggle(
          new ChangeYaml.ToggleYaml(EnumMapping.defense(toggle.defense()), target),
          toggle.enabled());
    } else if (change instanceof Change.AddStaff add) {
      return ChangeYaml.of(
          new ChangeYaml.AddStaffYaml(
              add.queueId(), at(add.fromTicks()), at(add.toTicks()), add.staff()));
    } else if (change instanceof Change.StartCampaign start) {
      return ChangeYaml.campaign(start.campaignId(), true);
    }
    return ChangeYaml.campaign(((Change.StopCampaign) change).campaignId(), false);
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
    DoubleFunction<Amount> a = hours ? Amount::ofHours : Amount::of;
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
        Arrays.stream(e.values()).mapToObj(a).toList(),
        Arrays.stream(e.weights()).boxed().toList());
  }
}
