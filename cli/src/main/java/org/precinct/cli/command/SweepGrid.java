package org.precinct.cli.command;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.precinct.cli.experiment.ParameterPathIndex;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.experiment.SweepAxis;
import org.precinct.engine.experiment.SweepParameter;
import org.precinct.engine.spec.ParameterRef;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * Reads the {@code --param PATH=VALUES} options of a sweep: VALUES is a comma list ({@code
 * 0.5,0.7,0.9}) or a range {@code FROM:TO:STEP} with TO included, and PATH is written as in the
 * scenario file ({@code queues.trust-safety.staff-scale}).
 */
final class SweepGrid {

  static final int MAX_VALUES = 50;
  static final int MAX_POINTS = 400;

  private SweepGrid() {}

  static ImmutableList<SweepParameter> parse(ScenarioSpec scenario, List<String> options) {
    if (options.isEmpty() || options.size() > 2) {
      throw new InvalidInputException(
          "sweep needs one or two --param options, got " + options.size());
    }
    MixParser parser = new MixParser(scenario);
    List<SweepParameter> parameters = new ArrayList<>();
    for (String option : options) {
      int equals = option.indexOf('=');
      if (equals < 0) {
        throw new InvalidInputException(
            "--param '"
                + option
                + "': write PATH=VALUES, e.g. classifiers.misinfo.recall=0.5,0.7,0.9");
      }
      ParameterRef ref = parser.parameter("--param", option.substring(0, equals));
      double[] values = values(option, option.substring(equals + 1));
      for (double value : values) {
        MixParser.checked("--param", ref, value);
      }
      String path = ParameterPathIndex.path(ref);
      parameters.add(new SweepParameter(ref, new SweepAxis(path, path, values)));
    }
    if (parameters.size() == 2 && parameters.get(0).ref().equals(parameters.get(1).ref())) {
      throw new InvalidInputException("--param: the two parameters must differ");
    }
    int points = parameters.stream().mapToInt(p -> p.axis().size()).reduce(1, (a, b) -> a * b);
    if (points > MAX_POINTS) {
      throw new InvalidInputException("the grid has " + points + " points; at most " + MAX_POINTS);
    }
    return Lists.immutable.withAll(parameters);
  }

  static double[] values(String option, String text) {
    String[] range = text.split(":");
    double[] values = range.length == 3 ? range(option, range) : list(option, text);
    if (values.length == 0 || values.length > MAX_VALUES) {
      throw new InvalidInputException(
          "--param '" + option + "': give 1 to " + MAX_VALUES + " values, got " + values.length);
    }
    return values;
  }

  private static double[] list(String option, String text) {
    String[] parts = text.split(",");
    double[] values = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = MixParser.number("--param '" + option + "'", parts[i]);
    }
    return values;
  }

  private static double[] range(String option, String[] range) {
    String where = "--param '" + option + "'";
    double from = MixParser.number(where, range[0]);
    double to = MixParser.number(where, range[1]);
    double step = MixParser.number(where, range[2]);
    if (!(step > 0) || to < from) {
      throw new InvalidInputException(
          where + ": a range FROM:TO:STEP needs FROM <= TO and STEP > 0");
    }
    long count = (long) Math.floor((to - from) / step + 1e-9) + 1;
    if (count > MAX_VALUES) {
      throw new InvalidInputException(
          where + ": the range has " + count + " values; at most " + MAX_VALUES);
    }
    double[] values = new double[(int) count];
    for (int i = 0; i < count; i++) {
      values[i] = Math.round((from + i * step) * 1e9) / 1e9;
    }
    return values;
  }
}
