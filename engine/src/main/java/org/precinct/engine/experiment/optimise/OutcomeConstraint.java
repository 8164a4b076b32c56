package org.precinct.engine.experiment.optimise;

import java.util.Locale;
import java.util.Objects;
import org.precinct.engine.result.Metric;

/**
 * A bound a chosen candidate must respect on the mean of a metric (reviewer hours, wrongful
 * enforcements, SLA breaches, any other), e.g. {@code wrongful-enforcements <= 5}.
 *
 * @param metric the metric bounded
 * @param atMost true for an upper bound ({@code <=}), false for a lower bound ({@code >=})
 * @param limit the bound, in the metric's unit
 */
public record OutcomeConstraint(Metric metric, boolean atMost, double limit) {

  /** Checks the bound. */
  public OutcomeConstraint {
    Objects.requireNonNull(metric, "metric");
    if (!Double.isFinite(limit)) {
      throw new IllegalArgumentException("the bound on " + metric.id() + " must be finite");
    }
  }

  /** Whether {@code value} meets the bound. */
  public boolean holds(double value) {
    return atMost ? value <= limit : value >= limit;
  }

  /** How far {@code value} is on the wrong side of the bound (0 when it holds). */
  public double violation(double value) {
    return Math.max(0, atMost ? value - limit : limit - value);
  }

  /** The bound as written, e.g. "wrongful-enforcements <= 5". */
  public String text() {
    return metric.id() + (atMost ? " <= " : " >= ") + String.format(Locale.ROOT, "%s", limit);
  }
}
