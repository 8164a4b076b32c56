package org.precinct.cli.report;

import java.util.List;
import java.util.Locale;
import org.precinct.cli.output.Headline;
import org.precinct.cli.output.MetricText;
import org.precinct.cli.output.RunAssessment;

/** Says whether the replications were enough for the headline metrics' confidence intervals. */
final class Precision {
  private Precision() {}

  static String statement(List<Headline> headlines, int replications) {
    List<Headline> loose = headlines.stream().filter(h -> !h.precise()).toList();
    String base = "With " + replications + " replications, ";
    if (loose.isEmpty()) {
      return base
          + "every headline metric's 95% confidence interval has a half-width under 10% of its"
          + " mean (or under one unit, one percentage point for shares, where the mean is near"
          + " zero).";
    }
    StringBuilder text =
        new StringBuilder(base)
            .append(
                "these headline metrics are less precise than the target (95% CI half-width under")
            .append(" 10% of the mean, or under one unit near zero): ");
    for (int i = 0; i < loose.size(); i++) {
      Headline h = loose.get(i);
      text.append(i == 0 ? "" : "; ")
          .append(h.metric().label())
          .append(" (half-width ")
          .append(MetricText.value(h.metric(), h.halfWidth()))
          .append(
              Double.isFinite(h.relativeHalfWidth())
                  ? String.format(Locale.ROOT, ", %.0f%% of the mean", 100 * h.relativeHalfWidth())
                  : "")
          .append(')');
    }
    return text.append(". Run more replications with --replications.").toString();
  }

  /** Why a --target-ci run stopped, e.g. "after 60 replications: the target ... was reached". */
  static String stop(RunAssessment.Stop s) {
    String target = String.format(Locale.ROOT, "%.1f%%", 100 * s.target().halfWidth());
    String achieved = String.format(Locale.ROOT, "%.1f%%", 100 * s.achieved());
    return "after "
        + s.replications()
        + " replications, "
        + (s.reached()
            ? "because every headline 95% CI half-width reached the --target-ci of "
                + target
                + " of its mean (widest "
                + achieved
                + ")"
            : "at the --max-replications cap of "
                + s.target().maxReplications()
                + ", short of the --target-ci of "
                + target
                + " of the mean (widest headline CI half-width "
                + achieved
                + ")");
  }
}
