package org.precinct.engine.model;

/**
 * Watches one replication event by event (for the CLI's events log of a chosen replication); the
 * model builds no {@link ObservedEvent} at all when no observer is attached, so batch runs pay
 * nothing.
 */
@FunctionalInterface
public interface ModelObserver {
  /** Called on the simulation thread, in simulation-time order. */
  void onEvent(ObservedEvent event);
}
