package org.precinct.engine.spec;

/**
 * An exercise objective with a measurable target on one metric.
 *
 * @param metric the kebab id of an {@code engine.result.Metric}
 * @param moduleId the module it belongs to; empty for the whole exercise
 */
public record ObjectiveSpec(
    String id, String label, String metric, Comparison comparison, double target, String moduleId) {
  public ObjectiveSpec {
    Require.id(id, "objective id");
    Require.text(label, "objective label");
    Require.id(metric, "objective metric");
    Require.nonNull(comparison, "comparison");
    moduleId = moduleId == null ? "" : Require.optionalId(moduleId, "objective moduleId");
  }
}
