package org.precinct.engine.model;

import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;

/**
 * The waits of one replication's reviews, as plain arrays: per day by the day a review started and
 * by the day its case arrived, in rows "all election work", each queue's election work and each
 * queue's background work; and in scalar classes (queue, background of a queue, priority level,
 * campaign, category) for the breakdown tables.
 *
 * <p>Daily rows keep the warm-up days so the series show the start-up transient (Welch's method
 * reads it); the scalar classes and {@link #waitsHours} count only cases that arrived at or after
 * the end of the warm-up, the usual warm-up deletion of a queueing simulation.
 */
final class WaitTally {
  /** Cases of a priority level 0..6 (background 0, network 6). */
  static final int LEVELS = ReviewQueue.LEVELS;

  private final int queues;
  private final int campaigns;
  private final int categories;
  private final long countFrom;

  /** Daily rows: 0 all election work, 1+q election work of queue q, 1+Q+q background of q. */
  final double[][] sumByStart;

  final double[][] countByStart;
  final double[][] breachesByStart;
  final double[][] sumByArrival;
  final double[][] countByArrival;

  /** Waits in hours of election work that arrived after the warm-up, for the mean and p90. */
  final DoubleArrayList waitsHours = new DoubleArrayList();

  /** Scalar classes: Q queues, Q backgrounds, LEVELS levels, campaigns, categories. */
  final double[] classSum;

  final long[] classCount;
  final long[] classBreaches;

  WaitTally(int days, int queues, int campaigns, int categories, long countFrom) {
    this.queues = queues;
    this.campaigns = campaigns;
    this.categories = categories;
    this.countFrom = countFrom;
    int rows = 1 + 2 * queues;
    sumByStart = new double[rows][days];
    countByStart = new double[rows][days];
    breachesByStart = new double[rows][days];
    sumByArrival = new double[rows][days];
    countByArrival = new double[rows][days];
    int classes = 2 * queues + LEVELS + campaigns + categories;
    classSum = new double[classes];
    classCount = new long[classes];
    classBreaches = new long[classes];
  }

  /**
   * A review started: {@code campaign} and {@code category} are -1 for cases with none (benign
   * users, networks, background).
   */
  void onStarted(
      int queue,
      boolean background,
      int level,
      int campaign,
      int category,
      long waitTicks,
      boolean breached,
      int arrivalDay,
      int startDay,
      long openedAt) {
    double hours = waitTicks / 3_600_000.0;
    int row = background ? 1 + queues + queue : 1 + queue;
    if (!background) {
      addDaily(0, hours, breached, arrivalDay, startDay);
    }
    addDaily(row, hours, breached, arrivalDay, startDay);
    if (openedAt < countFrom) {
      return;
    }
    if (!background) {
      waitsHours.add(hours);
      add(queueClass(queue), hours, breached);
      if (campaign >= 0) {
        add(campaignClass(campaign), hours, breached);
        add(categoryClass(category), hours, breached);
      }
    } else {
      add(backgroundClass(queue), hours, breached);
    }
    add(levelClass(level), hours, breached);
  }

  /** A case still waiting at the end whose wait already exceeds its SLA (an unseen breach). */
  void onOverdueAtEnd(int queue, boolean background, int level, int campaign, int category) {
    if (background) {
      classBreaches[backgroundClass(queue)]++;
    } else {
      classBreaches[queueClass(queue)]++;
      if (campaign >= 0) {
        classBreaches[campaignClass(campaign)]++;
        classBreaches[categoryClass(category)]++;
      }
    }
    classBreaches[levelClass(level)]++;
  }

  /** Whether a case opened at {@code openedAt} counts in the scalar statistics. */
  boolean counts(long openedAt) {
    return openedAt >= countFrom;
  }

  private void addDaily(int row, double hours, boolean breached, int arrivalDay, int startDay) {
    sumByStart[row][startDay] += hours;
    countByStart[row][startDay]++;
    if (breached) {
      breachesByStart[row][startDay]++;
    }
    sumByArrival[row][arrivalDay] += hours;
    countByArrival[row][arrivalDay]++;
  }

  private void add(int cls, double hours, boolean breached) {
    classSum[cls] += hours;
    classCount[cls]++;
    if (breached) {
      classBreaches[cls]++;
    }
  }

  int queueClass(int q) {
    return q;
  }

  int backgroundClass(int q) {
    return queues + q;
  }

  int levelClass(int level) {
    return 2 * queues + level;
  }

  int campaignClass(int c) {
    return 2 * queues + LEVELS + c;
  }

  int categoryClass(int k) {
    return 2 * queues + LEVELS + campaigns + k;
  }

  int categories() {
    return categories;
  }
}
