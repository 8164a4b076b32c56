package org.precinct.engine.kernel;

/**
 * Receives the events a model schedules on a {@link Simulation}; an int-coded type and a packed
 * {@code long} payload (for example an account index and a case id) mean no object is allocated per
 * event.
 */
@FunctionalInterface
public interface EventHandler {

  /**
   * Handles one event at the simulation's current time.
   *
   * @param type the model-defined event type the handler dispatches on
   * @param payload model-defined data packed into 64 bits
   */
  void onEvent(int type, long payload);
}
