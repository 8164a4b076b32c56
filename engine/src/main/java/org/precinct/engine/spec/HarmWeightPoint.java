package org.precinct.engine.spec;

/**
 * One point of the harm-weighting curve: the weight of harm delivered on day E{@code daysRelative}.
 */
public record HarmWeightPoint(int daysRelative, double weight) {
  public HarmWeightPoint {
    Require.nonNegative(weight, "harm weight");
  }
}
