package org.precinct.engine.model;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.result.SeriesKind;
import org.precinct.engine.result.SeriesValues;
import org.precinct.engine.spec.PolicyCategory;

/**
 * Turns a replication's bins into typed series with their groups: "all", then the policy categories
 * the scenario's campaigns use, the channels, or the queues.
 */
final class SeriesBuilder {
  static final String ALL = "all";
  private final EndState m;
  private final MutableList<SeriesValues> out = Lists.mutable.empty();

  SeriesBuilder(EndState m) {
    this.m = m;
  }

  ImmutableList<SeriesValues> build() {
    Bins b = m.recorder().bins;
    byCategory(SeriesKind.HARM_DELIVERED, b.harm);
    for (int ch = 0; ch < b.channels(); ch++) {
      add(
          SeriesKind.HARM_DELIVERED,
          m.setup().spec().channels().get(ch).id(),
          b.harm[b.channelRow(ch)]);
    }
    add(SeriesKind.HARM_WEIGHTED, ALL, b.harmWeighted);
    add(SeriesKind.EXPOSURE_WEIGHTED_HARM, ALL, m.exposure().daily());
    add(SeriesKind.HARM_DELIVERED_CUMULATIVE, ALL, cumulative(b.harm[0]));
    byCategory(SeriesKind.REFUSALS, b.refusals);
    add(SeriesKind.REDIRECTS, ALL, b.redirects);
    if (!m.setup().spec().voters().questions().isEmpty()) {
      byChannel(SeriesKind.VOTERS_MISINFORMED, b.voterInaccurate);
      byChannel(SeriesKind.QUESTIONS_REFUSED, b.voterRefused);
    }
    byCategory(SeriesKind.FLAGS, b.flags);
    add(SeriesKind.FALSE_POSITIVE_FLAGS, ALL, b.falsePositives);
    add(SeriesKind.ENFORCEMENTS, ALL, b.enforcements);
    add(SeriesKind.ACTIVE_ACCOUNTS, ALL, b.activeAccounts);
    byQueue(SeriesKind.SLA_BREACHES, b.sla);
    byQueue(SeriesKind.MEAN_WAIT, meanWaits(b));
    byQueue(SeriesKind.REVIEWS_STARTED, b.waitCount);
    byQueue(SeriesKind.BACKLOG, b.backlog);
    byQueue(SeriesKind.STAFFED, b.staffed);
    add(SeriesKind.HARM_DELIVERED_HOURLY, ALL, b.harmHourly);
    return out.toImmutable();
  }

  private void byCategory(SeriesKind kind, double[][] rows) {
    add(kind, ALL, rows[0]);
    for (PolicyCategory c : usedCategories()) {
      add(kind, c.id(), rows[1 + c.ordinal()]);
    }
  }

  private void byChannel(SeriesKind kind, double[][] rows) {
    add(kind, ALL, rows[0]);
    for (int ch = 0; ch < rows.length - 1; ch++) {
      add(kind, m.setup().spec().channels().get(ch).id(), rows[1 + ch]);
    }
  }

  private void byQueue(SeriesKind kind, double[][] rows) {
    add(kind, ALL, rows[0]);
    for (ReviewQueue q : m.queues()) {
      add(kind, q.spec.id(), rows[1 + q.index]);
    }
  }

  private void add(SeriesKind kind, String group, double[] values) {
    out.add(new SeriesValues(kind, group, values.clone()));
  }

  /** The categories of the scenario's campaigns, in enum order. */
  ImmutableList<PolicyCategory> usedCategories() {
    return Lists.immutable
        .of(PolicyCategory.values())
        .select(c -> m.setup().spec().campaigns().anySatisfy(s -> s.category() == c));
  }

  private static double[] cumulative(double[] daily) {
    double[] sum = new double[daily.length];
    double running = 0;
    for (int i = 0; i < daily.length; i++) {
      running += daily[i];
      sum[i] = running;
    }
    return sum;
  }

  private static double[][] meanWaits(Bins b) {
    double[][] mean = new double[b.waitSum.length][];
    for (int g = 0; g < mean.length; g++) {
      mean[g] = new double[b.waitSum[g].length];
      for (int d = 0; d < mean[g].length; d++) {
        mean[g][d] = b.waitCount[g][d] == 0 ? 0.0 : b.waitSum[g][d] / b.waitCount[g][d];
      }
    }
    return mean;
  }
}
