package org.precinct.engine.spec;

/** A phase of a tabletop exercise, a window of the timeline that groups injects and objectives. */
public record ModuleSpec(String id, String label, long fromTicks, long toTicks) {
  public ModuleSpec {
    Require.id(id, "module id");
    Require.text(label, "module label");
    if (toTicks < fromTicks) {
      throw new IllegalArgumentException("module " + id + ": toTicks before fromTicks");
    }
  }
}
