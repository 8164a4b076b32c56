package org.precinct.engine.spec;

import org.eclipse.collections.api.factory.Sets;
import org.eclipse.collections.api.set.ImmutableSet;

/**
 * The interventions switched on for one run, by id; the empty set means every intervention off, and
 * {@link #defaults(ScenarioSpec)} is the scenario's baseline.
 */
public record InterventionSet(ImmutableSet<String> on) {
  public InterventionSet {
    Require.nonNull(on, "on");
  }

  /** Every intervention off. */
  public static InterventionSet none() {
    return new InterventionSet(Sets.immutable.empty());
  }

  /** Exactly these interventions on. */
  public static InterventionSet of(String... ids) {
    return new InterventionSet(Sets.immutable.of(ids));
  }

  /** The scenario's default state: the interventions marked {@code defaultOn}. */
  public static InterventionSet defaults(ScenarioSpec scenario) {
    return new InterventionSet(
        scenario
            .interventions()
            .select(InterventionSpec::defaultOn)
            .collect(InterventionSpec::id)
            .toSet()
            .toImmutable());
  }

  /** This set with one more intervention on. */
  public InterventionSet with(String id) {
    return new InterventionSet(on.newWith(id));
  }

  /** This set with one intervention off. */
  public InterventionSet without(String id) {
    return new InterventionSet(on.newWithout(id));
  }

  /** Whether the intervention is on. */
  public boolean isOn(String id) {
    return on.contains(id);
  }
}
