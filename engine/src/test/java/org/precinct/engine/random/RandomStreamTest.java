package org.precinct.engine.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class RandomStreamTest {

  private final RandomStream stream = new RandomStreams(99, 0).stream("test");

  @Test
  void nextDoubleStaysInsideTheOpenUnitInterval() {
    double sum = 0;
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      double u = stream.nextDouble();
      assertThat(u).isGreaterThan(0).isLessThan(1);
      sum += u;
    }
    assertThat(sum / n).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.003));
  }

  @Test
  void extremeGeneratorOutputsMapInsideTheOpenInterval() {
    double smallest = ((0L >>> 12) + 0.5) * 0x1.0p-52;
    double largest = ((-1L >>> 12) + 0.5) * 0x1.0p-52;
    assertThat(smallest).isGreaterThan(0);
    assertThat(largest).isLessThan(1);
  }

  @Test
  void nextIntCoversItsRangeEvenly() {
    int[] counts = new int[6];
    for (int i = 0; i < 60_000; i++) {
      counts[stream.nextInt(6)]++;
    }
    for (int count : counts) {
      assertThat(count).isBetween(9_600, 10_400);
    }
  }

  @Test
  void bernoulliHitsItsProbability() {
    int hits = 0;
    for (int i = 0; i < 100_000; i++) {
      hits += stream.bernoulli(0.3) ? 1 : 0;
    }
    assertThat(hits).isBetween(29_400, 30_600);
    assertThat(stream.bernoulli(0)).isFalse();
    assertThat(stream.bernoulli(1)).isTrue();
  }

  @Test
  void invalidArgumentsAreRejected() {
    assertThatThrownBy(() -> stream.nextInt(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> stream.bernoulli(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> stream.bernoulli(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> stream.exponential(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exponential mean");
  }
}
