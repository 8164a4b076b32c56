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
}
