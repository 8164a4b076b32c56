package org.precinct.engine.result.stats;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigInteger;

/**
 * Count, mean and variance from exact sums of values and of squares, so that statistics folded on
 * several machines merge into exactly the numbers one machine would give, whatever the order.
 * Squares are exact too: {@code x * x} is split into its rounded product and the rounding error
 * ({@link Math#fma}), both added exactly. The variance {@code (n * sum(x^2) - sum(x)^2) / (n (n -
 * 1))} is then formed in integers, free of the cancellation that makes the textbook formula unsafe
 * in floating point.
 */
public final class ExactMoments {
  private long count;
  private final ExactSum sum;
  private final ExactSum squares;

  /** Empty moments. */
  public ExactMoments() {
    this(0, new ExactSum(), new ExactSum());
  }

  private ExactMoments(long count, ExactSum sum, ExactSum squares) {
    this.count = count;
    this.sum = sum;
    this.squares = squares;
  }

  /** Adds one observation; NaN is refused, as a sign of an upstream bug. */
  public void add(double value) {
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException("cannot add NaN to moments");
    }
    count++;
    sum.add(value);
    double square = value * value;
    squares.add(square);
    if (Double.isFinite(square)) {
      squares.add(Math.fma(value, value, -square));
    }
  }

  /** Adds every observation {@code other} holds, as if each had been added here. */
  public void add(ExactMoments other) {
    count += other.count;
    sum.add(other.sum);
    squares.add(other.squares);
  }

  /** The number of observations. */
  public long count() {
    return count;
  }

  /** The mean, or NaN when empty. */
  public double mean() {
    return count == 0 ? Double.NaN : sum.doubleValue() / count;
  }

  /** The sample variance (divisor n - 1), or NaN with fewer than two observations. */
  public double variance() {
    if (count < 2 || sum.hasSpecial() || squares.hasSpecial()) {
      return Double.NaN;
    }
    BigInteger s1 = sum.unscaled();
    BigInteger s2 = squares.unscaled();
    int e1 = sum.exponent();
    int e2 = squares.exponent();
    int common = Math.min(e2, 2 * e1);
    BigInteger n = BigInteger.valueOf(count);
    BigInteger numerator =
        n.multiply(s2).shiftLeft(e2 - common).subtract(s1.multiply(s1).shiftLeft(2 * e1 - common));
    return ExactSum.scale(numerator, common) / ((double) count * (count - 1));
  }

  /** The sample standard deviation, or NaN with fewer than two observations. */
  public double stdDev() {
    return Math.sqrt(variance());
  }

  /** Writes the moments so that {@link #read} restores them exactly. */
  public void write(DataOutput out) throws IOException {
    out.writeLong(count);
    sum.write(out);
    squares.write(out);
  }

  /** Reads moments written by {@link #write}. */
  public static ExactMoments read(DataInput in) throws IOException {
    long count = in.readLong();
    if (count < 0) {
      throw new IOException("corrupt moments: count " + count);
    }
    return new ExactMoments(count, ExactSum.read(in), ExactSum.read(in));
  }

  @Override
  public String toString() {
    return "ExactMoments[n=" + count + ", mean=" + mean() + ", sd=" + stdDev() + "]";
  }
}
