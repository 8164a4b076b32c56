package org.precinct.cli.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.experiment.optimise.DecisionVariable;
import org.precinct.engine.experiment.optimise.OutcomeConstraint;
import org.precinct.engine.result.Metric;
import org.precinct.engine.spec.InterventionSpec;
import org.precinct.engine.spec.ParameterRef;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.TimelineSpec;

/**
 * Reads the decisions and bounds of {@code precinct optimise} from its options, with errors that
 * name the option and the value: {@code --staff QUEUE#SHIFT=LO..HI}, {@code --surge
 * QUEUE@E-7..E+1=LO..HI}, {@code --param PATH=VALUES} and {@code --constraint METRIC<=LIMIT}.
 */
final class OptimiseDesign {

  private static final Pattern STAFF = Pattern.compile("([a-z0-9-]+)#(\\d+)=(\\d+)\\.\\.(\\d+)");
  private static final Pattern SURGE =
      Pattern.compile("([a-z0-9-]+)@E([+-]\\d+)\\.\\.E([+-]\\d+)=(\\d+)\\.\\.(\\d+)");
  private static final Pattern BOUND = Pattern.compile("([a-z0-9-]+)\\s*(<=|>=)\\s*(\\S+)");

  private final ScenarioSpec scenario;

  OptimiseDesign(ScenarioSpec scenario) {
    this.scenario = scenario;
  }

  /** The decisions: the toggles first (in scenario order), then staffing, surges, parameters. */
  ImmutableList<DecisionVariable> variables(
      List<String> interventions, List<String> staff, List<String> surges, List<String> params) {
    MutableList<DecisionVariable> variables = Lists.mutable.empty();
    List<String> known = scenario.interventions().collect(InterventionSpec::id).castToList();
    for (String id : interventions) {
      if (!known.contains(id)) {
        throw new InvalidInputException(
            "--interventions: the scenario has no intervention '"
                + id
                + "'"
                + NameSuggestions.didYouMean(id, known)
                + "; it has: "
                + String.join(", ", known));
      }
      variables.add(DecisionVariable.toggle(id));
    }
    staff.forEach(text -> variables.add(staff(text)));
    surges.forEach(text -> variables.add(surge(text)));
    MixParser mixes = new MixParser(scenario);
    for (String text : params) {
      int equals = text.indexOf('=');
      if (equals < 0) {
        throw new InvalidInputException("--param '" + text + "': write PATH=VALUES");
      }
      String path = text.substring(0, equals).strip();
      ParameterRef ref = mixes.parameter("--param '" + text + "'", path);
      double[] values = SweepGrid.values(text, text.substring(equals + 1));
      for (double v : values) {
        MixParser.checked("--param '" + text + "'", ref, v);
      }
      variables.add(DecisionVariable.parameter(path, ref, values));
    }
    if (variables.isEmpty()) {
      throw new InvalidInputException(
          "scenario '"
              + scenario.metadata().id()
              + "' has nothing to optimise: no interventions,"
              + " and no --staff, --surge or --param given");
    }
    if (variables.collect(DecisionVariable::id).toSet().size() != variables.size()) {
      throw new InvalidInputException(
          "a decision is given twice: " + variables.collect(DecisionVariable::id));
    }
    return variables.toImmutable();
  }

  /** The bounds of {@code --constraint METRIC<=LIMIT} options. */
  static ImmutableList<OutcomeConstraint> constraints(List<String> texts) {
    List<OutcomeConstraint> bounds = new ArrayList<>();
    for (String text : texts) {
      Matcher m = BOUND.matcher(text.strip());
      if (!m.matches()) {
        throw new InvalidInputException(
            "--constraint '"
                + text
                + "': write METRIC<=LIMIT or METRIC>=LIMIT, e.g."
                + " wrongful-enforcements<=5");
      }
      Metric metric = metric("--constraint '" + text + "'", m.group(1));
      double limit = MixParser.number("--constraint '" + text + "'", m.group(3));
      bounds.add(new OutcomeConstraint(metric, m.group(2).equals("<="), limit));
    }
    return Lists.immutable.withAll(bounds);
  }

  /** A metric by id, or an error listing the valid ones. */
  static Metric metric(String option, String id) {
    try {
      return Metric.fromId(id);
    } catch (IllegalArgumentException e) {
      List<String> ids = Arrays.stream(Metric.values()).map(Metric::id).toList();
      throw new InvalidInputException(
          option
              + ": no metric '"
              + id
              + "'"
              + NameSuggestions.didYouMean(id, ids)
              + "; valid: "
              + String.join(", ", ids));
    }
  }

  private DecisionVariable staff(String text) {
    Matcher m = STAFF.matcher(text.strip());
    if (!m.matches()) {
      throw new InvalidInputException(
          "--staff '"
              + text
              + "': write QUEUE#SHIFT=LOW..HIGH, e.g. trust-safety#1=3..7 (shift 1"
              + " is the first listed under the queue)");
    }
    try {
      return DecisionVariable.shiftStaff(
          scenario,
          m.group(1),
          Integer.parseInt(m.group(2)) - 1,
          Integer.parseInt(m.group(3)),
          Integer.parseInt(m.group(4)));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("--staff '" + text + "': " + e.getMessage());
    }
  }

  private DecisionVariable surge(String text) {
    Matcher m = SURGE.matcher(text.strip());
    if (!m.matches()) {
      throw new InvalidInputException(
          "--surge '"
              + text
              + "': write QUEUE@E-N..E+M=LOW..HIGH, e.g."
              + " trust-safety@E-7..E+1=0..6 (from the start of day E-N to the start of day E+M)");
    }
    TimelineSpec t = scenario.timeline();
    long from = Math.max(0, dayStart(t, Integer.parseInt(m.group(2))));
    long to = Math.min(t.endTicks(), dayStart(t, Integer.parseInt(m.group(3))));
    if (to <= from) {
      throw new InvalidInputException(
          "--surge '" + text + "': the window is empty in the scenario");
    }
    try {
      return DecisionVariable.surge(
          scenario,
          m.group(1),
          from,
          to,
          Integer.parseInt(m.group(4)),
          Integer.parseInt(m.group(5)));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("--surge '" + text + "': " + e.getMessage());
    }
  }

  private static long dayStart(TimelineSpec t, int relative) {
    return t.ticksAt(t.electionDay().plusDays(relative).atStartOfDay(t.zone()));
  }
}
