package org.precinct.charts.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.precinct.engine.result.RunMetadata;

/**
 * What a chart says about how it was made: scenario, variant, replications, seed, confidence level,
 * Precinct version and handling marking, so a chart lifted onto a slide still says what was run.
 *
 * @param scenarioTitle the scenario's title
 * @param variant the variant or intervention mix ("" for the baseline run alone)
 * @param replications how many replications the figures summarise
 * @param seed the scenario seed
 * @param confidenceLevel the confidence level of intervals, in (0, 1)
 * @param precinctVersion the version of Precinct that ran
 * @param marking the handling marking (e.g. TLP:AMBER), "" when there is none
 */
public record Caption(
    String scenarioTitle,
    String variant,
    int replications,
    long seed,
    double confidenceLevel,
    String precinctVersion,
    String marking) {

  /** The default variant name, left out of the caption because it says nothing. */
  public static final String BASELINE = "baseline";

  /** Validates the caption; text fields may be empty but not null. */
  public Caption {
    Objects.requireNonNull(scenarioTitle, "scenarioTitle");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(precinctVersion, "precinctVersion");
    Objects.requireNonNull(marking, "marking");
    if (replications < 1) {
      throw new IllegalArgumentException("replications must be at least 1, was " + replications);
    }
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException(
          "confidenceLevel must be in (0, 1), was " + confidenceLevel);
    }
  }

  /** Returns the caption of a run, from the metadata every result carries. */
  public static Caption of(RunMetadata metadata) {
    return new Caption(
        metadata.title(),
        metadata.variant(),
        metadata.replications(),
        metadata.seed(),
        metadata.confidenceLevel(),
        metadata.precinctVersion(),
        metadata.marking() == null ? "" : metadata.marking());
  }

  /** Returns the one-line caption printed under the chart. */
  public String text() {
    List<String> parts = new ArrayList<>();
    parts.add(scenarioTitle.isBlank() ? "Scenario" : scenarioTitle);
    if (!variant.isBlank() && !variant.equals(BASELINE)) {
      parts.add("variant " + variant);
    }
    parts.add(replications + (replications == 1 ? " replication" : " replications"));
    parts.add("seed " + seed);
    parts.add(confidencePercent() + " intervals");
    parts.add("Precinct " + precinctVersion);
    if (!marking.isBlank()) {
      parts.add(marking);
    }
    return String.join("  \u00b7  ", parts);
  }

  /** Returns the confidence level as a percentage label, e.g. "95%" or "99.5%". */
  public String confidencePercent() {
    double percent = confidenceLevel * 100;
    if (Math.abs(percent - Math.rint(percent)) < 1e-9) {
      return String.format(Locale.ROOT, "%d%%", Math.round(percent));
    }
    return String.format(Locale.ROOT, "%.1f%%", percent);
  }
}
