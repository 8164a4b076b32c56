package org.precinct.engine.spec;

/** A named date on the timeline (registration deadline, early voting) that charts mark. */
public record MilestoneSpec(String id, String label, long atTicks) {
  public MilestoneSpec {
    Require.id(id, "milestone id");
    Require.text(label, "milestone label");
  }
}
