package org.precinct.cli.console;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.precinct.engine.spec.Change;
import org.precinct.engine.spec.DistributionSpec;
import org.precinct.engine.spec.TimelineSpec;

/** Scenario values said briefly: times with their E-n label, distributions, shares, changes. */
final class SpecText {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final double HOUR_TICKS = 3_600_000.0;

  private SpecText() {}

  static String at(TimelineSpec timeline, long ticks) {
    int rel = timeline.daysRelativeToElection(ticks);
    String label = rel == 0 ? "E-day" : rel < 0 ? "E" + rel : "E+" + rel;
    return WHEN.format(timeline.dateTimeAt(ticks)) + " (" + label + ")";
  }

  static String hours(long ticks) {
    return number(ticks / HOUR_TICKS) + " h";
  }

  static String share(double value) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * value);
  }

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    String text =
        new java.math.BigDecimal(value).round(new java.math.MathContext(3)).toPlainString();
    return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
  }

  /** Words of {@code text} wrapped into lines of at most {@code width} characters. */
  static java.util.List<String> wrap(String text, int width) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  static String kebab(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String distribution(DistributionSpec d) {
    if (d instanceof DistributionSpec.Exponential e) {
      return "exponential, mean " + number(e.mean()) + " h";
    } else if (d instanceof DistributionSpec.LogNormal l) {
      return "lognormal, median " + number(l.median()) + " h, p90 " + number(l.p90()) + " h";
    } else if (d instanceof DistributionSpec.Gamma g) {
      return "gamma, shape " + number(g.shape()) + ", mean " + number(g.mean()) + " h";
    } else if (d instanceof DistributionSpec.Weibull w) {
      return "weibull, shape " + number(w.shape()) + ", scale " + number(w.scale()) + " h";
    } else if (d instanceof DistributionSpec.Uniform u) {
      return "uniform " + number(u.min()) + " to " + number(u.max()) + " h";
    } else if (d instanceof DistributionSpec.Triangular t) {
      return "triangular "
          + number(t.min())
          + "/"
          + number(t.mode())
          + "/"
          + number(t.max())
          + " h";
    } else if (d instanceof DistributionSpec.Constant c) {
      return number(c.value()) + " h";
    }
    return "empirical over " + ((DistributionSpec.Empirical) d).values().length + " values";
  }

  static String change(Change change, TimelineSpec timeline) {
    if (change instanceof Change.SetParameter s) {
      return "set "
          + s.ref().parameter().id()
          + target(s.ref().targetId())
          + " to "
          + number(s.value());
    } else if (change instanceof Change.ScaleParameter s) {
      return "scale "
          + s.ref().parameter().id()
          + target(s.ref().targetId())
          + " by "
          + number(s.factor());
    } else if (change instanceof Change.ToggleDefense t) {
      return (t.enabled() ? "switch on " : "switch off ")
          + kebab(t.defense())
          + target(t.targetId());
    } else if (change instanceof Change.AddStaff a) {
      return (a.staff() >= 0 ? "add " + a.staff() : "remove " + -a.staff())
          + (Math.abs(a.staff()) == 1 ? " reviewer on " : " reviewers on ")
          + a.queueId()
          + " from "
          + at(timeline, a.fromTicks())
          + " to "
          + at(timeline, a.toTicks());
    } else if (change instanceof Change.StartCampaign s) {
      return "start campaign " + s.campaignId();
    }
    return "stop campaign " + ((Change.StopCampaign) change).campaignId();
  }

  private static String target(String targetId) {
    return targetId.isEmpty() ? "" : " (" + targetId + ")";
  }
}
