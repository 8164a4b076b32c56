package org.precinct.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.precinct.engine.result.CurveKind;
import org.precinct.engine.result.GroupKind;
import org.precinct.engine.result.ReplicationOutcome;
import org.precinct.engine.result.TimeToEventSamples;
import org.precinct.engine.spec.ElectionSpec;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.ScenarioSpec;

/** Each election of a scenario of several gets its own time-to-event samples, and only then. */
final class TimeToEventByElectionTest {

  @Test
  void eachElectionsEnforcementSamplesPartitionTheWholeModels() {
    ReplicationOutcome outcome = run(twoElections());
    for (CurveKind kind : CurveKind.values()) {
      TimeToEventSamples all = outcome.samples(kind, GroupKind.ALL_GROUP);
      TimeToEventSamples first = outcome.samples(kind, GroupKind.ELECTION_PREFIX + "first");
      TimeToEventSamples second = outcome.samples(kind, GroupKind.ELECTION_PREFIX + "second");
      assertThat(first.label()).isEqualTo("First");
      assertThat(second.label()).isEqualTo("Second");
      assertThat(first.size()).as(kind.name()).isPositive();
      assertThat(second.size()).as(kind.name()).isPositive();
      assertThat(first.size() + second.size()).as(kind.name()).isEqualTo(all.size());
      assertThat(sorted(first, second)).as(kind.name()).containsExactly(sorted(all));
      assertThat(reachedCount(first) + reachedCount(second)).isEqualTo(reachedCount(all));
    }
  }

  @Test
  void aScenarioOfOneElectionHasNoElectionGroups() {
    ReplicationOutcome outcome = run(TestScenarios.small().build());
    assertThat(outcome.timeToEvent())
        .isNotEmpty()
        .noneMatch(s -> s.group().startsWith(GroupKind.ELECTION_PREFIX));
  }

  private static ReplicationOutcome run(ScenarioSpec spec) {
    return new ElectionModel(spec, InterventionSet.none(), Lists.immutable.empty(), 7L, 0).run();
  }

  /** The small scenario with its last two campaigns in a second election three days earlier. */
  private static ScenarioSpec twoElections() {
    ScenarioBuilder b = TestScenarios.small();
    var t = b.timeline;
    int n = b.campaigns.size();
    b.timeline =
        t.withElections(
            Lists.immutable.of(
                election("first", "First", t.electionDay(), t.zone(), List.of()),
                election(
                    "second",
                    "Second",
                    t.electionDay().minusDays(3),
                    ZoneId.of("Europe/London"),
                    List.of(b.campaigns.get(n - 2).id(), b.campaigns.get(n - 1).id()))));
    return b.build();
  }

  private static ElectionSpec election(
      String id, String label, java.time.LocalDate day, ZoneId zone, List<String> campaigns) {
    return new ElectionSpec(
        id,
        label,
        day,
        zone,
        Lists.immutable.empty(),
        null,
        Lists.immutable.ofAll(campaigns),
        Lists.immutable.empty(),
        Lists.immutable.empty(),
        "");
  }

  private static double[] sorted(TimeToEventSamples... parts) {
    List<Double> hours = new ArrayList<>();
    for (TimeToEventSamples part : parts) {
      Arrays.stream(part.hours()).forEach(hours::add);
    }
    return hours.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  private static long reachedCount(TimeToEventSamples s) {
    long n = 0;
    for (boolean r : s.reached()) {
      n += r ? 1 : 0;
    }
    return n;
  }
}
