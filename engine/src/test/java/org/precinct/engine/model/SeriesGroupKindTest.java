package org.precinct.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;
import org.precinct.engine.result.GroupKind;
import org.precinct.engine.result.SeriesKind;
import org.precinct.engine.result.SeriesValues;
import org.precinct.engine.spec.ChannelSpec;
import org.precinct.engine.spec.ElectionSpec;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.PolicyCategory;
import org.precinct.engine.spec.QueueSpec;
import org.precinct.engine.spec.ScenarioSpec;

/** Every series group the model writes is named by the kind {@link GroupKind} gives it. */
final class SeriesGroupKindTest {

  @Test
  void eachGroupIsACategoryChannelOrQueueOfTheScenarioAsItsKindSays() {
    ScenarioSpec small = TestScenarios.small().build();
    // Two elections, so the per-election series are written too.
    var t = small.timeline();
    var elections =
        Lists.immutable.of(
            new ElectionSpec(
                "first",
                "First",
                t.electionDay(),
                t.zone(),
                Lists.immutable.empty(),
                null,
                Lists.immutable.empty(),
                Lists.immutable.empty(),
                Lists.immutable.empty(),
                ""),
            new ElectionSpec(
                "second",
                "Second",
                t.electionDay().minusDays(3),
                java.time.ZoneId.of("Europe/London"),
                Lists.immutable.empty(),
                null,
                Lists.immutable.of(small.campaigns().getLast().id()),
                Lists.immutable.empty(),
                Lists.immutable.empty(),
                ""));
    ScenarioSpec spec = small.withTimeline(t.withElections(elections));
    Set<String> channels =
        spec.channels().collect(ChannelSpec::id).castToList().stream().collect(Collectors.toSet());
    Set<String> queues =
        spec.queues().collect(QueueSpec::id).castToList().stream().collect(Collectors.toSet());
    var outcome =
        new ElectionModel(spec, InterventionSet.none(), Lists.immutable.empty(), 7L, 0).run();
    Set<GroupKind> seen = new java.util.HashSet<>();
    for (SeriesValues s : outcome.series()) {
      GroupKind kind = GroupKind.of(s.kind(), s.group());
      seen.add(kind);
      switch (kind) {
        case ALL -> assertThat(s.group()).isEqualTo(GroupKind.ALL_GROUP);
        case CATEGORY -> assertThat(PolicyCategory.fromId(s.group())).isNotNull();
        case CHANNEL -> assertThat(channels).as(s.kind() + "/" + s.group()).contains(s.group());
        case QUEUE -> assertThat(queues).as(s.kind() + "/" + s.group()).contains(s.group());
        case BACKGROUND ->
            assertThat(queues)
                .as(s.kind() + "/" + s.group())
                .contains(s.group().substring(0, s.group().length() - ":background".length()));
        case ELECTION ->
            assertThat(s.group())
                .isIn(GroupKind.ELECTION_PREFIX + "first", GroupKind.ELECTION_PREFIX + "second");
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(GroupKind.values());
  }

  @Test
  void harmIsBrokenDownByCategoryAndByChannelAndReviewsByQueue() {
    assertThat(GroupKind.of(SeriesKind.HARM_DELIVERED, "election-misinformation"))
        .isEqualTo(GroupKind.CATEGORY);
    assertThat(GroupKind.of(SeriesKind.HARM_DELIVERED, "consumer-app"))
        .isEqualTo(GroupKind.CHANNEL);
    assertThat(GroupKind.of(SeriesKind.BACKLOG, "trust-safety")).isEqualTo(GroupKind.QUEUE);
    assertThat(GroupKind.of(SeriesKind.BACKLOG, "all")).isEqualTo(GroupKind.ALL);
  }
}
