package org.precinct.engine.experiment;

/**
 * A precision to reach instead of a replication count: keep adding replications until the widest
 * confidence interval that matters has a half-width below {@code halfWidth}, or the cap is hit.
 *
 * @param halfWidth the target half-width, in the metric's units
 * @param initialReplications the pilot size, at least 10 so the first variance estimate is usable
 * @param batchReplications the smallest step between looks
 * @param maxReplications the cap
 */
public record TargetPrecision(
    double halfWidth, int initialReplications, int batchReplications, int maxReplications) {

  /** Validates the procedure. */
  public TargetPrecision {
    if (!(halfWidth > 0) || Double.isInfinite(halfWidth)) {
      throw new IllegalArgumentException("target half-width must be positive, was " + halfWidth);
    }
    if (initialReplications < 10 || batchReplications < 1) {
      throw new IllegalArgumentException("need a pilot of >= 10 replications and batches of >= 1");
    }
    if (maxReplications < initialReplications) {
      throw new IllegalArgumentException(
          "cap " + maxReplications + " is below the pilot " + initialReplications);
    }
  }

  /** Defaults: a pilot of 10, batches of at least 10, a cap of {@code maxReplications}. */
  public static TargetPrecision of(double halfWidth, int maxReplications) {
    return new TargetPrecision(halfWidth, 10, 10, Math.max(10, maxReplications));
  }
}
