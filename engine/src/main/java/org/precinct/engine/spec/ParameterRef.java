package org.precinct.engine.spec;

/**
 * A parameter of one element (a classifier, queue, channel, campaign, category or benign stream),
 * or of all elements of its kind when {@code targetId} is empty.
 */
public record ParameterRef(Parameter parameter, String targetId) {
  public ParameterRef {
    Require.nonNull(parameter, "parameter");
    targetId = targetId == null ? "" : targetId;
    if (parameter.target() == TargetKind.NONE && !targetId.isEmpty()) {
      throw new IllegalArgumentException(
          parameter.id() + " takes no target, got '" + targetId + "'");
    }
  }

  /** Whether the reference applies to the element with this id. */
  public boolean matches(String id) {
    return targetId.isEmpty() || targetId.equals(id);
  }
}
