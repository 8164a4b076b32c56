package org.precinct.engine.model;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.result.GroupKind;
import org.precinct.engine.result.SeriesKind;
import org.precinct.engine.result.SeriesValues;
import org.precinct.engine.spec.PolicyCategory;

/**
 * Turns a replication's bins into typed series with their groups: "all", then the policy categories
 * the scenario's campaigns use, the channels, or the queues.
 */
final class SeriesBuilder {
  static final String ALL = "all";
  static final String BACKGROUND_SUFFIX = GroupKind.BACKGROUND_SUFFIX;
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
    for (int e = 0; e < b.electionHarm.length; e++) {
      String group = GroupKind.ELECTION_PREFIX + m.setup().calendar().elections().get(e).id();
      add(SeriesKind.HARM_DELIVERED, group, b.electionHarm[e]);
      add(SeriesKind.HARM_DELIVERED_CUMULATIVE, group, cumulative(b.electionHarm[e]));
      add(SeriesKind.EXPOSURE_WEIGHTED_HARM, group, m.exposure().daily(e));
    }
    byCategory(SeriesKind.REFUSALS, b.refusals);
    add(SeriesKind.REDIRECTS, ALL, b.redirects);
    if (!m.setup().spec().voters().questions().isEmpty()) {
      byChannel(SeriesKind.VOTERS_MISINFORMED, b.voterInaccurate);
      byChannel(SeriesKind.QUESTIONS_REFUSED, b.voterRefused);
    }
    byCategory(SeriesKind.FLAGS, b.flags);
    add(SeriesKind.FALSE_POSITIVE_FLAGS, ALL, b.falsePositives);
    add(SeriesKind.ENFORCEMENTS, ALL, b.enforcements);
    add(SeriesKind.WRONGFUL_ENFORCEMENTS, ALL, b.wrongfulEnforcements);
    add(SeriesKind.ACTIVE_ACCOUNTS, ALL, b.activeAccounts);
    WaitTally w = m.recorder().waits;
    waits(SeriesKind.SLA_BREACHES, w.breachesByStart, null);
    waits(SeriesKind.MEAN_WAIT, w.sumByStart, w.countByStart);
    waits(SeriesKind.REVIEWS_STARTED, w.countByStart, null);
    waits(SeriesKind.MEAN_WAIT_BY_ARRIVAL, w.sumByArrival, w.countByArrival);
    waits(SeriesKind.REVIEWS_BY_ARRIVAL, w.countByArrival, null);
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

  /**
   * A wait series by queue: "all" and each queue's election work, then "QUEUE:background" for the
   * queues that have background or audit work; with {@code counts}, the values are the day's mean
   * wait (sum / count) weighted by its count.
   */
  private void waits(SeriesKind kind, double[][] rows, double[][] counts) {
    int queues = m.queues().length;
    waitRow(kind, ALL, rows, counts, 0);
    for (ReviewQueue q : m.queues()) {
      waitRow(kind, q.spec.id(), rows, counts, 1 + q.index);
    }
    for (ReviewQueue q : m.queues()) {
      if (hasBackground(q)) {
        waitRow(kind, q.spec.id() + BACKGROUND_SUFFIX, rows, counts, 1 + queues + q.index);
      }
    }
  }

  private void waitRow(SeriesKind kind, String group, double[][] rows, double[][] counts, int row) {
    if (counts == null) {
      add(kind, group, rows[row]);
      return;
    }
    double[] mean = new double[rows[row].length];
    for (int d = 0; d < mean.length; d++) {
      mean[d] = counts[row][d] == 0 ? 0.0 : rows[row][d] / counts[row][d];
    }
    out.add(new SeriesValues(kind, group, mean, counts[row].clone()));
  }

  /** Whether a queue gets non-election work: background cases, a backlog or benign audits. */
  private boolean hasBackground(ReviewQueue q) {
    var spec = m.setup().spec();
    boolean audits =
        spec.defenses().audit().enabled()
            && spec.defenses().audit().benignCustomers() > 0
            && q.index == m.setup().reviewQueue();
    return q.spec.backgroundPerHour() > 0 || q.spec.initialBacklog() > 0 || audits;
  }
}
