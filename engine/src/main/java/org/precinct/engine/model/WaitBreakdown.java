package org.precinct.engine.model;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.result.GroupValue;
import org.precinct.engine.spec.PolicyCategory;

/**
 * Reads a finished replication's review waits into breakdown tables: by queue ("review-queues":
 * election work, background work and all work, with utilisation), by priority level ("waits-by-
 * priority"), by campaign and by policy category. A mean wait is over the reviews started of cases
 * that arrived after the warm-up; the share within the SLA also counts cases still waiting at the
 * end whose wait already exceeds it (a case still waiting within its SLA is not judged yet). A
 * class with no review in a replication gives no value for it (its mean then averages the
 * replications that had one; their number is in the summary).
 */
final class WaitBreakdown {
  static final String QUEUES = "review-queues";
  static final String PRIORITIES = "waits-by-priority";
  static final String CAMPAIGNS = "waits-by-campaign";
  static final String CATEGORIES = "waits-by-category";

  private final EndState m;
  private final WaitTally t;
  private final long[] overdue;
  private final MutableList<GroupValue> groups = Lists.mutable.empty();
  private long electionOverdue;

  WaitBreakdown(EndState m) {
    this.m = m;
    this.t = m.recorder().waits;
    this.overdue = new long[t.classCount.length];
    countWaitingAtEnd();
    queues();
    priorities();
    campaigns();
    categories();
  }

  ImmutableList<GroupValue> groups() {
    return groups.toImmutable();
  }

  /** Election cases still waiting at the end whose wait already exceeds their queue's SLA. */
  long electionOverdue() {
    return electionOverdue;
  }

  private void countWaitingAtEnd() {
    long end = m.setup().calendar().endTicks();
    CaseTable cases = m.cases();
    Accounts accounts = m.population().accounts();
    for (ReviewQueue q : m.queues()) {
      long sla = q.spec.slaTicks();
      q.forEachWaiting(
          id -> {
            long opened = cases.openedAt(id);
            if (!t.counts(opened)) {
              return;
            }
            boolean late = end - opened > sla;
            if (!late) {
              return;
            }
            boolean background = !cases.isElectionWork(id);
            int kind = cases.kind(id);
            int campaign =
                kind == CaseTable.THREAT_ACCOUNT || kind == CaseTable.THREAT_APPEAL
                    ? accounts.campaign(cases.subject(id))
                    : -1;
            overdue(background ? t.backgroundClass(q.index) : t.queueClass(q.index));
            overdue(t.levelClass(cases.level(id)));
            if (campaign >= 0) {
              overdue(t.campaignClass(campaign));
              overdue(t.categoryClass(m.setup().campaigns()[campaign].category().ordinal()));
            }
            if (!background) {
              electionOverdue++;
            }
          });
    }
  }

  private void overdue(int cls) {
    overdue[cls]++;
  }

  private void queues() {
    for (ReviewQueue q : m.queues()) {
      String id = q.spec.id();
      int election = t.queueClass(q.index);
      int background = t.backgroundClass(q.index);
      waits(QUEUES, id, election, "");
      waits(QUEUES, id, background, "background-");
      long reviews = t.classCount[election] + t.classCount[background];
      if (reviews > 0) {
        double sum = t.classSum[election] + t.classSum[background];
        add(QUEUES, id, "all-work-mean-wait-hours", sum / reviews);
        long judged = reviews + overdue[election] + overdue[background];
        long late =
            t.classBreaches[election]
                + t.classBreaches[background]
                + overdue[election]
                + overdue[background];
        add(QUEUES, id, "all-work-sla-met-share", 1.0 - (double) late / judged);
      }
      double staffed = q.staffedTicks();
      if (staffed > 0) {
        add(QUEUES, id, "utilisation", q.busyTicks() / staffed);
      }
      add(QUEUES, id, "reviewer-hours", staffed / 3_600_000.0);
    }
  }

  private void priorities() {
    for (int level = WaitTally.LEVELS - 1; level >= 0; level--) {
      waits(PRIORITIES, "level-" + level, t.levelClass(level), "");
    }
  }

  private void campaigns() {
    for (int c = 0; c < m.setup().campaigns().length; c++) {
      waits(CAMPAIGNS, m.setup().campaigns()[c].id(), t.campaignClass(c), "");
    }
  }

  private void categories() {
    for (PolicyCategory category : PolicyCategory.values()) {
      if (m.setup().spec().campaigns().anySatisfy(s -> s.category() == category)) {
        waits(CATEGORIES, category.id(), t.categoryClass(category.ordinal()), "");
      }
    }
  }

  /** The mean wait, reviews started and share within the SLA of one class, if it had a review. */
  private void waits(String table, String group, int cls, String prefix) {
    long reviews = t.classCount[cls];
    long judged = reviews + overdue[cls];
    if (judged == 0) {
      return;
    }
    add(table, group, prefix + "reviews-started", reviews);
    if (reviews > 0) {
      add(table, group, prefix + "mean-wait-hours", t.classSum[cls] / reviews);
    }
    add(
        table,
        group,
        prefix + "sla-met-share",
        1.0 - (double) (t.classBreaches[cls] + overdue[cls]) / judged);
  }

  private void add(String table, String group, String measure, double value) {
    groups.add(new GroupValue(table, group, measure, value));
  }
}
