package org.precinct.engine.result.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class ExactMomentsTest {

  @Test
  void meanAndVarianceOfAKnownSample() {
    ExactMoments m = of(2, 4, 4, 4, 5, 5, 7, 9);
    assertThat(m.count()).isEqualTo(8);
    assertThat(m.mean()).isEqualTo(5.0);
    assertThat(m.variance()).isEqualTo(32.0 / 7);
  }

  @Test
  void varianceSurvivesALargeOffset() {
    // the textbook sum-of-squares formula in doubles gives garbage here
    ExactMoments m = of(1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16);
    assertThat(m.variance()).isEqualTo(30.0);
  }

  @Test
  void varianceMatchesExactArithmetic() {
    Random random = new Random(5);
    double[] values = new double[2_000];
    ExactMoments m = new ExactMoments();
    for (int i = 0; i < values.length; i++) {
      values[i] = 1e6 + random.nextGaussian() * Math.pow(10, random.nextInt(6) - 3);
      m.add(values[i]);
    }
    BigDecimal n = BigDecimal.valueOf(values.length);
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal squares = BigDecimal.ZERO;
    for (double v : values) {
      BigDecimal x = new BigDecimal(v);
      sum = sum.add(x);
      squares = squares.add(x.multiply(x));
    }
    double exact =
        n.multiply(squares)
            .subtract(sum.multiply(sum))
            .divide(n.multiply(n.subtract(BigDecimal.ONE)), MathContext.DECIMAL128)
            .doubleValue();
    assertThat(m.variance()).isCloseTo(exact, within(Math.ulp(exact) * 4));
  }

  @Test
  void splitMergedAndRoundTrippedEqualsOnePass() throws IOException {
    Random random = new Random(8);
    ExactMoments all = new ExactMoments();
    RunningStats welford = new RunningStats();
    ExactMoments[] parts = {new ExactMoments(), new ExactMoments(), new ExactMoments()};
    for (int i = 0; i < 999; i++) {
      double v = random.nextDouble() * 100 - 30;
      all.add(v);
      welford.add(v);
      parts[(i * 7) % 3].add(v);
    }
    ExactMoments merged = new ExactMoments();
    for (int p = 2; p >= 0; p--) {
      merged.add(roundTrip(parts[p]));
    }
    assertThat(merged.count()).isEqualTo(all.count());
    assertThat(merged.mean()).isEqualTo(all.mean());
    assertThat(merged.variance()).isEqualTo(all.variance());
    assertThat(merged.variance()).isCloseTo(welford.variance(), within(1e-9));
  }

  @Test
  void emptyAndSingleSamplesHaveNoSpread() {
    assertThat(new ExactMoments().mean()).isNaN();
    assertThat(of(3).mean()).isEqualTo(3);
    assertThat(of(3).variance()).isNaN();
    assertThatThrownBy(() -> of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void studentTIntervalMatchesTheWelfordOne() {
    double[] values = {2, 4, 4, 4, 5, 5, 7, 9};
    ConfidenceInterval exact = ConfidenceInterval.studentT(of(values), 0.95);
    ConfidenceInterval welford = ConfidenceInterval.studentT(RunningStats.of(values), 0.95);
    assertThat(exact.halfWidth()).isCloseTo(welford.halfWidth(), within(1e-12));
    assertThat(exact.mean()).isEqualTo(welford.mean());
  }

  private static ExactMoments of(double... values) {
    ExactMoments m = new ExactMoments();
    for (double v : values) {
      m.add(v);
    }
    return m;
  }

  private static ExactMoments roundTrip(ExactMoments m) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    m.write(new DataOutputStream(bytes));
    return ExactMoments.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
  }
}
