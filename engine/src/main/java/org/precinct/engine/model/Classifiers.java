package org.precinct.engine.model;

import org.precinct.engine.random.DoubleSampler;
import org.precinct.engine.random.RandomStream;
import org.precinct.engine.spec.ClassifierSpec;
import org.precinct.engine.spec.DefenseKind;
import org.precinct.engine.spec.Parameter;
import org.precinct.engine.spec.ScenarioSpec;

/**
 * The automated classifiers at their operating points: which harmful requests each flags (recall,
 * by the categories it covers, times the requester's evasion multiplier) after which latency, and
 * the share of benign requests that at least one flags (their false-positive rates).
 */
final class Classifiers {
  private final ModelParameters parameters;
  private final Accounts accounts;
  private final double[] recall;
  private final double[] latencyScale;
  private final int[] categoryMask;
  private final DoubleSampler[] latency;
  private final double[] drift;
  private final ModelClock clock;
  private final long[] lastUpdate;
  private final long[] driftHour;
  private final double[] driftFactor;

  Classifiers(ScenarioSpec spec, ModelParameters parameters, Accounts accounts, ModelClock clock) {
    this.parameters = parameters;
    this.accounts = accounts;
    this.clock = clock;
    this.drift = parameters.values(Parameter.CLASSIFIER_RECALL_DRIFT);
    this.recall = parameters.values(Parameter.CLASSIFIER_RECALL);
    this.latencyScale = parameters.values(Parameter.CLASSIFIER_LATENCY_SCALE);
    int n = spec.defenses().classifiers().size();
    lastUpdate = new long[n];
    driftHour = new long[n];
    java.util.Arrays.fill(driftHour, -1L);
    driftFactor = new double[n];
    categoryMask = new int[n];
    latency = new DoubleSampler[n];
    for (int k = 0; k < n; k++) {
      ClassifierSpec c = spec.defenses().classifiers().get(k);
      for (var cat : c.categories()) {
        categoryMask[k] |= 1 << cat.ordinal();
      }
      latency[k] = DistributionSamplers.of(c.latency());
    }
  }

  /**
   * Draws one uniform per classifier from {@code rs} (always, so variants stay synchronised) and
   * returns the shortest latency in hours among those that flag this request of {@code account}, or
   * -1 when none does; {@code recallMultiplier} is the requester's evasion (1 for none).
   */
  double flagDelayHours(
      int account, int category, double recallMultiplier, boolean harmful, RandomStream rs) {
    boolean channelOn = parameters.defenseOn(accounts.channel(account), DefenseKind.CLASSIFIER);
    int catBit = 1 << category;
    double best = -1.0;
    for (int k = 0; k < recall.length; k++) {
      double u = rs.nextDouble();
      if (harmful
          && channelOn
          && parameters.classifierOn(k)
          && (categoryMask[k] & catBit) != 0
          && u < recall[k] * recallMultiplier * drifted(k)) {
        double hours = latency[k].sample(accounts.classifierStream(account)) * latencyScale[k];
        best = best < 0 ? hours : Math.min(best, hours);
      }
    }
    return best;
  }

  /**
   * The share of classifier {@code k}'s recall left after its drift since its last update: (1 -
   * drift) per week, compounding, evaluated at the start of the current hour (so it is constant
   * within an hour and costs one power per classifier per hour).
   */
  double drifted(int k) {
    double d = drift[k];
    if (d <= 0) {
      return 1.0;
    }
    long hour = clock.now() / org.precinct.engine.kernel.Ticks.HOUR;
    if (hour != driftHour[k]) {
      long since = Math.max(0L, hour * org.precinct.engine.kernel.Ticks.HOUR - lastUpdate[k]);
      driftFactor[k] = Math.pow(1.0 - d, since / (7.0 * org.precinct.engine.kernel.Ticks.DAY));
      driftHour[k] = hour;
    }
    return driftFactor[k];
  }

  /** Classifier {@code k} was updated now (red-team findings deployed): its drift starts again. */
  void updated(int k) {
    lastUpdate[k] = clock.now();
    driftHour[k] = -1L;
  }

  /** The share of a channel's benign requests that at least one active classifier flags. */
  double falselyFlaggedShare(int channel) {
    if (!parameters.defenseOn(channel, DefenseKind.CLASSIFIER)) {
      return 0.0;
    }
    double pass = 1.0;
    for (int k = 0; k < parameters.classifierCount(); k++) {
      if (parameters.classifierOn(k)) {
        pass *= 1.0 - parameters.falsePositiveRate(k);
      }
    }
    return 1.0 - pass;
  }
}
