package org.precinct.engine.result.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class ExactSumTest {

  /** Values over many magnitudes and both signs, the worst case for floating-point sums. */
  private static double[] wideValues(long seed, int n) {
    Random random = new Random(seed);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      double magnitude = Math.pow(10, random.nextInt(40) - 20);
      values[i] = (random.nextBoolean() ? 1 : -1) * random.nextDouble() * magnitude;
    }
    return values;
  }

  private static BigDecimal exact(double[] values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (double v : values) {
      sum = sum.add(new BigDecimal(v));
    }
    return sum;
  }

  @Test
  void sumIsTheExactSumCorrectlyRounded() {
    double[] values = wideValues(1, 5_000);
    ExactSum sum = new ExactSum();
    for (double v : values) {
      sum.add(v);
    }
    assertThat(sum.doubleValue()).isEqualTo(exact(values).doubleValue());
  }

  @Test
  void cancellationLosesNothing() {
    ExactSum sum = new ExactSum();
    sum.add(1e100);
    sum.add(1.0);
    sum.add(-1e100);
    sum.add(Double.MIN_VALUE);
    assertThat(sum.doubleValue()).isEqualTo(1.0);
    sum.add(-1.0);
    assertThat(sum.doubleValue()).isEqualTo(Double.MIN_VALUE);
  }

  @Test
  void orderAndSplittingDoNotChangeTheSum() throws IOException {
    double[] values = wideValues(2, 3_000);
    ExactSum inOrder = new ExactSum();
    for (double v : values) {
      inOrder.add(v);
    }
    List<Double> shuffled = new ArrayList<>();
    for (double v : values) {
      shuffled.add(v);
    }
    Collections.shuffle(shuffled, new Random(3));
    ExactSum[] parts = {new ExactSum(), new ExactSum(), new ExactSum()};
    for (int i = 0; i < shuffled.size(); i++) {
      parts[i % 3].add(shuffled.get(i));
    }
    ExactSum merged = new ExactSum();
    for (int p = 2; p >= 0; p--) {
      merged.add(roundTrip(parts[p]));
    }
    assertThat(merged).isEqualTo(inOrder);
    assertThat(merged.doubleValue()).isEqualTo(inOrder.doubleValue());
    // the plain double sum of the same values in these two orders does differ
    double plain = 0;
    for (double v : values) {
      plain += v;
    }
    double plainShuffled = 0;
    for (double v : shuffled) {
      plainShuffled += v;
    }
    assertThat(plain).isNotEqualTo(plainShuffled);
  }

  @Test
  void manyAdditionsOfOneMagnitudeCarryCorrectly() {
    ExactSum sum = new ExactSum();
    for (int i = 0; i < 1_000_000; i++) {
      sum.add(0.1);
    }
    assertThat(sum.doubleValue())
        .isEqualTo(new BigDecimal(0.1).multiply(BigDecimal.valueOf(1_000_000)).doubleValue());
  }

  @Test
  void infinitiesAndNanDominate() {
    ExactSum sum = new ExactSum();
    sum.add(1);
    sum.add(Double.POSITIVE_INFINITY);
    assertThat(sum.doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
    sum.add(Double.NEGATIVE_INFINITY);
    assertThat(sum.doubleValue()).isNaN();
  }

  static ExactSum roundTrip(ExactSum sum) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    sum.write(new DataOutputStream(bytes));
    return ExactSum.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
  }
}
