package org.precinct.engine.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.precinct.engine.kernel.Ticks;

final class NonHomogeneousPoissonTest {

  private static final int REPLICATIONS = 2000;

  /** Counts arrivals per hour over {@code hours} hours in each replication. */
  private static int[][] hourlyCounts(RateFunction rate, int hours, long boundWindowTicks) {
    NonHomogeneousPoisson process = new NonHomogeneousPoisson(rate, boundWindowTicks);
    int[][] counts = new int[REPLICATIONS][hours];
    long end = hours * Ticks.HOUR;
    for (int r = 0; r < REPLICATIONS; r++) {
      RandomStream stream = new RandomStreams(11, r).stream("arrivals");
      long t = process.nextArrival(0, end, stream);
      while (t != NonHomogeneousPoisson.NONE) {
        assertThat(t).isBetween(0L, end - 1);
        counts[r][(int) (t / Ticks.HOUR)]++;
        t = process.nextArrival(t, end, stream);
      }
    }
    return counts;
  }

  private static void assertPoissonCounts(int[][] counts, int hour, double expected) {
    double sum = 0;
    double squares = 0;
    for (int[] replication : counts) {
      sum += replication[hour];
      squares += (double) replication[hour] * replication[hour];
    }
    double mean = sum / counts.length;
    double variance = (squares - counts.length * mean * mean) / (counts.length - 1);
    double standardError = Math.sqrt(expected / counts.length);
    assertThat(mean)
        .as("mean count in hour %d", hour)
        .isCloseTo(expected, within(4.5 * standardError));
    assertThat(variance / mean).as("variance/mean in hour %d", hour).isCloseTo(1.0, within(0.15));
  }

  @Test
  void aStepChangeInRateShowsInTheCountsPerHour() {
    RateFunction rate =
        RateFunction.piecewiseConstant(new long[] {0, 5 * Ticks.HOUR}, new double[] {20, 80});
    int[][] counts = hourlyCounts(rate, 10, Ticks.HOUR);
    for (int hour = 0; hour < 5; hour++) {
      assertPoissonCounts(counts, hour, 20);
    }
    for (int hour = 5; hour < 10; hour++) {
      assertPoissonCounts(counts, hour, 80);
    }
  }

  @Test
  void aRampMatchesTheIntegralOfItsRatePerHour() {
    RateFunction rate = RateFunction.ramp(0, 0, 10 * Ticks.HOUR, 100);
    int[][] counts = hourlyCounts(rate, 10, Ticks.HOUR);
    for (int hour = 0; hour < 10; hour++) {
      assertPoissonCounts(counts, hour, 10 * (hour + 0.5));
    }
  }

  @Test
  void aBurstInsideOneBoundWindowIsNotSkipped() {
    long burstStart = 2 * Ticks.HOUR + 20 * Ticks.MINUTE;
    RateFunction rate =
        RateFunction.piecewiseConstant(
            new long[] {0, burstStart, burstStart + 6 * Ticks.MINUTE}, new double[] {0, 600, 0});
    int[][] counts = hourlyCounts(rate, 4, 4 * Ticks.HOUR);
    assertPoissonCounts(counts, 2, 60);
    for (int[] replication : counts) {
      assertThat(replication[0] + replication[1] + replication[3]).isZero();
    }
  }

  @Test
  void aZeroRateGivesNoArrival() {
    NonHomogeneousPoisson process = new NonHomogeneousPoisson(RateFunction.constant(0));
    RandomStream stream = new RandomStreams(1, 0).stream("x");
    assertThat(process.nextArrival(0, Ticks.DAY, stream)).isEqualTo(NonHomogeneousPoisson.NONE);
  }

  @Test
  void aRateAboveItsOwnBoundFailsLoudly() {
    RateFunction lying =
        new RateFunction() {
          @Override
          public double ratePerHour(long ticks) {
            return 100;
          }

          @Override
          public double maxRatePerHour(long fromTicks, long toTicks) {
            return 10;
          }
        };
    NonHomogeneousPoisson process = new NonHomogeneousPoisson(lying);
    RandomStream stream = new RandomStreams(1, 0).stream("x");
    assertThatThrownBy(() -> process.nextArrival(0, Ticks.DAY, stream))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exceeds its bound");
  }

  @Test
  void scaledRatesScaleTheBoundToo() {
    RateFunction rate = RateFunction.ramp(0, 10, Ticks.HOUR, 20).scaled(3);
    assertThat(rate.ratePerHour(Ticks.HOUR / 2)).isCloseTo(45, within(1e-9));
    assertThat(rate.maxRatePerHour(0, Ticks.HOUR)).isCloseTo(60, within(1e-9));
  }

  @Test
  void piecewiseRatesAreExactAtAndBetweenKnots() {
    RateFunction steps = RateFunction.piecewiseConstant(new long[] {10, 20}, new double[] {5, 7});
    assertThat(steps.ratePerHour(9)).isZero();
    assertThat(steps.ratePerHour(10)).isEqualTo(5);
    assertThat(steps.ratePerHour(25)).isEqualTo(7);
    assertThat(steps.maxRatePerHour(0, 20)).isEqualTo(5);
    assertThat(steps.maxRatePerHour(0, 21)).isEqualTo(7);
    RateFunction lines =
        RateFunction.piecewiseLinear(new long[] {0, 10, 20}, new double[] {0, 10, 4});
    assertThat(lines.ratePerHour(5)).isEqualTo(5);
    assertThat(lines.ratePerHour(15)).isEqualTo(7);
    assertThat(lines.ratePerHour(99)).isEqualTo(4);
    assertThat(lines.maxRatePerHour(2, 18)).isEqualTo(10);
  }

  @Test
  void badKnotsAreRejected() {
    assertThatThrownBy(() -> RateFunction.piecewiseConstant(new long[] {5, 5}, new double[] {1, 2}))
        .hasMessageContaining("must increase");
    assertThatThrownBy(() -> RateFunction.constant(-1)).hasMessageContaining("rate per hour [0]");
    assertThatThrownBy(() -> RateFunction.piecewiseLinear(new long[] {0}, new double[] {}))
        .hasMessageContaining("as many rates");
  }
}
