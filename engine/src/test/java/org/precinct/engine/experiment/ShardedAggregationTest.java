package org.precinct.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.precinct.engine.model.TestScenarios;
import org.precinct.engine.result.ResultAggregator;
import org.precinct.engine.result.ScenarioResult;
import org.precinct.engine.spec.ScenarioSpec;

/** Shards of a run, folded apart, serialised and merged in any order, equal the one-pass run. */
final class ShardedAggregationTest {
  private static final int REPLICATIONS = 9;
  private final ScenarioSpec spec = TestScenarios.small().build();
  private final RunPlan plan = RunPlan.defaults(spec).withReplications(REPLICATIONS).withThreads(2);

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void shardsMergeIntoExactlyTheUnshardedResult(int shards) throws IOException {
    ScenarioRunner runner = new ScenarioRunner(spec);
    ScenarioResult unsharded = runner.run(plan);
    ResultAggregator merged = new ResultAggregator(runner.metadata(plan));
    for (int k = shards - 1; k >= 0; k--) {
      IntArrayList mine = new IntArrayList();
      for (int r = k; r < REPLICATIONS; r += shards) {
        mine.add(r);
      }
      ResultAggregator part =
          runner.aggregate(plan, mine.toArray(), ProgressListener.NONE, outcome -> {});
      merged.add(roundTrip(runner, part));
    }
    assertThat(merged.count()).isEqualTo(REPLICATIONS);
    assertThat(merged.result()).isEqualTo(unsharded);
  }

  private ResultAggregator roundTrip(ScenarioRunner runner, ResultAggregator part)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    part.write(new DataOutputStream(bytes));
    return ResultAggregator.read(
        runner.metadata(plan), new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
  }
}
