package org.precinct.engine.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.precinct.engine.result.stats.Quantiles;

final class QuantileReservoirTest {

  @Test
  void keepsEveryReplicationUpToItsCapacity() {
    QuantileReservoir reservoir = new QuantileReservoir(2, 100);
    for (int r = 0; r < 50; r++) {
      reservoir.add(new double[] {r, -r}, r);
    }
    assertThat(reservoir.stored()).isEqualTo(50);
    assertThat(Quantiles.of(reservoir.bin(0)).median()).isEqualTo(24.5);
    assertThat(Quantiles.of(reservoir.bin(1)).median()).isEqualTo(-24.5);
  }

  @Test
  void staysAtItsCapacityWithAUniformSampleBeyond() {
    QuantileReservoir reservoir = new QuantileReservoir(1, 200);
    for (int r = 0; r < 20_000; r++) {
      reservoir.add(new double[] {r}, r);
    }
    assertThat(reservoir.stored()).isEqualTo(200);
    // a uniform sample of 0..19999 has median near 10,000; its standard error is about 700
    assertThat(Quantiles.of(reservoir.bin(0)).median()).isCloseTo(10_000, within(2_500.0));
  }

  @Test
  void shardsMergedInAnyOrderKeepExactlyTheOnePassSample() throws java.io.IOException {
    QuantileReservoir onePass = new QuantileReservoir(2, 100);
    QuantileReservoir[] shards = new QuantileReservoir[7];
    for (int k = 0; k < shards.length; k++) {
      shards[k] = new QuantileReservoir(2, 100);
    }
    for (int r = 0; r < 3_000; r++) {
      double[] values = {r, Math.sqrt(r)};
      onePass.add(values, r);
      shards[r % 7].add(values, r);
    }
    QuantileReservoir merged = new QuantileReservoir(2, 100);
    for (int k = shards.length - 1; k >= 0; k--) {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      shards[k].write(new java.io.DataOutputStream(bytes));
      QuantileReservoir copy = new QuantileReservoir(2, 100);
      copy.read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
      merged.add(copy);
    }
    for (int b = 0; b < 2; b++) {
      double[] expected = onePass.bin(b);
      double[] actual = merged.bin(b);
      java.util.Arrays.sort(expected);
      java.util.Arrays.sort(actual);
      assertThat(actual).containsExactly(expected);
    }
  }
}
