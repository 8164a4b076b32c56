package org.precinct.engine.result.stats;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigInteger;

/**
 * The exact sum of doubles in a long fixed-point accumulator (after Kulisch), so that the sum does
 * not depend on the order of additions or on how the values were split into partial sums: the
 * property that lets replications run on many machines be merged into a result that is
 * byte-identical to a single machine's.
 *
 * <p>Every finite double is {@code m * 2^(p - 1074)} for an integer {@code m < 2^53} and {@code 0
 * <= p <= 2045}; the accumulator holds 32-bit digits in {@code long} limbs, so an addition touches
 * three limbs with no rounding and carries are propagated lazily. Only the limbs that values have
 * reached are allocated (a few for values of similar magnitude). Infinities and NaN are summed
 * apart by IEEE rules and dominate the result.
 */
public final class ExactSum {
  private static final long[] EMPTY = new long[0];
  private static final long MASK = 0xFFFF_FFFFL;
  private static final int NORMALISE_EVERY = 1 << 29;
  private static final int MAX_DIGIT = 70;

  /** The value is the sum of {@code limbs[i] * 2^(32 * (base + i) - 1074)}. */
  private long[] limbs = EMPTY;

  private int base;
  private int pending;
  private boolean hasSpecial;
  private double special;

  /** An empty sum (zero). */
  public ExactSum() {}

  /** Adds {@code value} exactly. */
  public void add(double value) {
    if (value == 0) {
      return;
    }
    if (!Double.isFinite(value)) {
      special = hasSpecial ? special + value : value;
      hasSpecial = true;
      return;
    }
    long bits = Double.doubleToRawLongBits(value);
    int exponent = (int) ((bits >>> 52) & 0x7FF);
    long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
    if (exponent == 0) {
      exponent = 1;
    } else {
      mantissa |= 1L << 52;
    }
    int position = exponent - 1;
    int digit = position >>> 5;
    int shift = position & 31;
    long d0 = (mantissa << shift) & MASK;
    long d1 = (mantissa >>> (32 - shift)) & MASK;
    long d2 = shift == 0 ? 0 : mantissa >>> (64 - shift);
    cover(digit, digit + 3);
    int i = digit - base;
    if (value < 0) {
      limbs[i] -= d0;
      limbs[i + 1] -= d1;
      limbs[i + 2] -= d2;
    } else {
      limbs[i] += d0;
      limbs[i + 1] += d1;
      limbs[i + 2] += d2;
    }
    if (++pending >= NORMALISE_EVERY) {
      normalise();
    }
  }

  /** Adds everything {@code other} holds, exactly; {@code other} is not changed in value. */
  public void add(ExactSum other) {
    if (other.hasSpecial) {
      special = hasSpecial ? special + other.special : other.special;
      hasSpecial = true;
    }
    if (other.limbs.length == 0) {
      return;
    }
    other.normalise();
    cover(other.base, other.base + other.limbs.length);
    int offset = other.base - base;
    for (int i = 0; i < other.limbs.length; i++) {
      limbs[offset + i] += other.limbs[i];
    }
    normalise();
  }

  /** The sum rounded to a double (NaN or an infinity if one was added). */
  public double doubleValue() {
    if (hasSpecial) {
      return special;
    }
    return scale(unscaled(), exponent());
  }

  /** Whether an infinity or NaN was added. */
  public boolean hasSpecial() {
    return hasSpecial;
  }

  /** The integer {@code u} with sum {@code = u * 2^exponent()} (specials aside). */
  BigInteger unscaled() {
    normalise();
    BigInteger value = BigInteger.ZERO;
    for (int i = limbs.length - 1; i >= 0; i--) {
      value = value.shiftLeft(32).add(BigInteger.valueOf(limbs[i]));
    }
    return value;
  }

  /** The power of two of the lowest limb. */
  int exponent() {
    return 32 * base - 1074;
  }

  /** Writes the sum so that {@link #read} restores it exactly. */
  public void write(DataOutput out) throws IOException {
    normalise();
    out.writeBoolean(hasSpecial);
    out.writeDouble(special);
    out.writeInt(base);
    out.writeInt(limbs.length);
    for (long limb : limbs) {
      out.writeLong(limb);
    }
  }

  /** Reads a sum written by {@link #write}. */
  public static ExactSum read(DataInput in) throws IOException {
    ExactSum sum = new ExactSum();
    sum.hasSpecial = in.readBoolean();
    sum.special = in.readDouble();
    sum.base = in.readInt();
    int length = in.readInt();
    if (sum.base < 0 || length < 0 || sum.base + length > MAX_DIGIT + 8) {
      throw new IOException("corrupt exact sum: limbs " + sum.base + "+" + length);
    }
    sum.limbs = new long[length];
    for (int i = 0; i < length; i++) {
      sum.limbs[i] = in.readLong();
    }
    return sum;
  }

  /** {@code value * 2^exponent} rounded once to the nearest double (ties to even). */
  static double scale(BigInteger value, int exponent) {
    int sign = value.signum();
    if (sign == 0) {
      return 0.0;
    }
    BigInteger magnitude = value.abs();
    int extra = magnitude.bitLength() - 64;
    if (extra > 0) {
      boolean sticky = magnitude.getLowestSetBit() < extra;
      magnitude = magnitude.shiftRight(extra);
      if (sticky) {
        magnitude = magnitude.setBit(0);
      }
      exponent += extra;
    }
    return sign * Math.scalb(magnitude.doubleValue(), exponent);
  }

  /** Propagates carries so that every limb but the top one lies in [0, 2^32). */
  private void normalise() {
    pending = 0;
    if (limbs.length == 0) {
      return;
    }
    int top = limbs.length - 1;
    long carry = 0;
    for (int i = 0; i < top; i++) {
      long v = limbs[i] + carry;
      limbs[i] = v & MASK;
      carry = v >> 32;
    }
    limbs[top] += carry;
    if (Math.abs(limbs[top]) >= 1L << 31) {
      cover(base + top + 1, base + top + 1);
      normalise();
    }
  }

  /** Makes the limbs cover digits {@code low} to {@code high}, inclusive. */
  private void cover(int low, int high) {
    if (limbs.length == 0) {
      base = low;
      limbs = new long[high - low + 1];
      return;
    }
    int top = base + limbs.length - 1;
    if (low >= base && high <= top) {
      return;
    }
    int newBase = Math.min(base, low);
    int newTop = Math.max(top, high);
    long[] grown = new long[newTop - newBase + 1];
    System.arraycopy(limbs, 0, grown, base - newBase, limbs.length);
    limbs = grown;
    base = newBase;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExactSum s
        && hasSpecial == s.hasSpecial
        && Double.compare(special, s.special) == 0
        && unscaled()
            .shiftLeft(Math.max(0, exponent() - s.exponent()))
            .equals(s.unscaled().shiftLeft(Math.max(0, s.exponent() - exponent())));
  }

  @Override
  public int hashCode() {
    return Double.hashCode(doubleValue());
  }

  @Override
  public String toString() {
    return "ExactSum[" + doubleValue() + ", limbs " + base + "+" + limbs.length + "]";
  }
}
