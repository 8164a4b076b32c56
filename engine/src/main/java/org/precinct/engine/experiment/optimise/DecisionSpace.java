package org.precinct.engine.experiment.optimise;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.experiment.ScenarioVariant;
import org.precinct.engine.spec.InterventionSet;
import org.precinct.engine.spec.InterventionSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ScheduledChange;

/**
 * Every candidate an optimisation may choose: one level of each decision variable, numbered in
 * mixed radix (variable 0 varies fastest), so a candidate is a {@code long} cell key like an
 * attribution's subset mask, and key {@link #BASELINE} is the scenario as written.
 *
 * <p>With only intervention toggles the key of a candidate is exactly the bit mask attribution
 * gives the same subset, so the two experiments run the same cells under the same seed.
 */
public final class DecisionSpace {

  /** The key of the baseline: the scenario's interventions and parameters as written. */
  public static final long BASELINE = -1L;

  private final ScenarioSpec scenario;
  private final ImmutableList<DecisionVariable> variables;
  private final InterventionSet base;
  private final long size;

  /** The candidates of {@code variables} on {@code scenario}, at most 2^62 of them. */
  public DecisionSpace(ScenarioSpec scenario, ImmutableList<DecisionVariable> variables) {
    if (variables.isEmpty()) {
      throw new IllegalArgumentException("an optimisation needs at least one decision");
    }
    this.scenario = scenario;
    this.variables = variables;
    this.base = InterventionSet.defaults(scenario);
    long product = 1;
    for (DecisionVariable v : variables) {
      int n = v.levels().size();
      product = product > (1L << 62) / n ? (1L << 62) : product * n;
    }
    this.size = product;
  }

  /** The decision variables, in key order. */
  public ImmutableList<DecisionVariable> variables() {
    return variables;
  }

  /** The number of candidates (capped at 2^62). */
  public long size() {
    return size;
  }

  /** The level index of every variable in candidate {@code key}. */
  public int[] levels(long key) {
    int[] levels = new int[variables.size()];
    long rest = key;
    for (int i = 0; i < levels.length; i++) {
      int n = variables.get(i).levels().size();
      levels[i] = (int) (rest % n);
      rest /= n;
    }
    return levels;
  }

  /** The key of the candidate with these level indices. */
  public long key(int[] levels) {
    long key = 0;
    for (int i = levels.length - 1; i >= 0; i--) {
      key = key * variables.get(i).levels().size() + levels[i];
    }
    return key;
  }

  /** The run of candidate {@code key} (or of the baseline). */
  public ScenarioVariant variant(long key) {
    if (key == BASELINE) {
      return new ScenarioVariant("baseline", "baseline", base, Lists.immutable.empty());
    }
    MutableList<ScheduledChange> changes = Lists.mutable.empty();
    int[] levels = levels(key);
    for (int i = 0; i < levels.length; i++) {
      changes.addAll(variables.get(i).levels().get(levels[i]).changes().castToList());
    }
    return new ScenarioVariant(
        "candidate-" + key, "candidate " + key, interventions(key), changes.toImmutable());
  }

  private InterventionSet interventions(long key) {
    if (key == BASELINE) {
      return base;
    }
    InterventionSet on = base;
    int[] levels = levels(key);
    for (int i = 0; i < levels.length; i++) {
      DecisionLevel level = variables.get(i).levels().get(levels[i]);
      for (String id : level.off()) {
        on = on.without(id);
      }
      for (String id : level.on()) {
        on = on.with(id);
      }
    }
    return on;
  }

  /** The interventions a candidate has on, in scenario order. */
  public ImmutableList<String> interventionsOn(long key) {
    InterventionSet on = interventions(key);
    return scenario.interventions().select(i -> on.isOn(i.id())).collect(InterventionSpec::id);
  }

  /** The stated cost per day of the interventions a candidate has on. */
  public double costPerDay(long key) {
    InterventionSet on = interventions(key);
    return scenario
        .interventions()
        .select(i -> on.isOn(i.id()))
        .sumOfDouble(InterventionSpec::costPerDay);
  }

  /**
   * A short label for a sentence: as {@link #label} when at most half of the intervention decisions
   * are on, else "every intervention decided on except X and Y" (or "every intervention decided
   * on"), then the other decisions' levels.
   */
  public String brief(long key) {
    if (key == BASELINE) {
      return label(key);
    }
    int[] levels = levels(key);
    List<String> off = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    int toggles = 0;
    for (int i = 0; i < levels.length; i++) {
      DecisionVariable v = variables.get(i);
      if ("intervention".equals(v.kind())) {
        toggles++;
        if (levels[i] == 0) {
          off.add(v.id());
        }
      } else {
        rest.add(v.id() + " = " + v.levels().get(levels[i]).label());
      }
    }
    if (toggles < 4 || off.size() * 2 > toggles) {
      return label(key);
    }
    String all =
        "all "
            + toggles
            + (toggles == scenario.interventions().size()
                ? " interventions"
                : " interventions decided on");
    String on = off.isEmpty() ? all : all + " except " + and(off);
    rest.add(0, on);
    return String.join("; ", rest);
  }

  private static String and(List<String> ids) {
    if (ids.size() == 1) {
      return ids.get(0);
    }
    return String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
  }

  /**
   * A human label: the interventions on (or "no interventions"), then each non-toggle decision's
   * level, e.g. "prompt-modifications + two-flag-cases; trust-safety#1 = 6 staff".
   */
  public String label(long key) {
    if (key == BASELINE) {
      return "baseline (as written)";
    }
    ImmutableList<String> on = interventionsOn(key);
    List<String> parts = new ArrayList<>();
    parts.add(on.isEmpty() ? "no interventions" : String.join(" + ", on.castToList()));
    int[] levels = levels(key);
    for (int i = 0; i < levels.length; i++) {
      DecisionVariable v = variables.get(i);
      if (!"intervention".equals(v.kind())) {
        parts.add(v.id() + " = " + v.levels().get(levels[i]).label());
      }
    }
    return String.join("; ", parts);
  }
}
