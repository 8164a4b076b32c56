package org.precinct.engine.model;

import org.precinct.engine.spec.PolicyCategory;

/**
 * The daily and hourly bins of one replication's series, as plain arrays indexed [group][bin]
 * (group 0 is "all", then categories, channels or queues), filled as events happen.
 */
final class Bins {
  final double[][] harm;
  final double[] harmWeighted;
  final double[] harmHourly;
  final double[][] refusals;
  final double[] redirects;
  final double[][] voterInaccurate;
  final double[][] voterRefused;
  final double[][] flags;
  final double[] falsePositives;
  final double[] enforcements;
  final double[] wrongfulEnforcements;
  final double[] activeAccounts;
  final double[][] backlog;
  final double[][] staffed;

  /** Harmful outputs delivered per day by election; no rows for a scenario of one election. */
  double[][] electionHarm = new double[0][];

  private final int channels;

  Bins(int days, int hours, int channels, int queues) {
    int categories = PolicyCategory.values().length;
    this.channels = channels;
    harm = new double[1 + categories + channels][days];
    harmWeighted = new double[days];
    harmHourly = new double[hours];
    refusals = new double[1 + categories][days];
    redirects = new double[days];
    voterInaccurate = new double[1 + channels][days];
    voterRefused = new double[1 + channels][days];
    flags = new double[1 + categories][days];
    falsePositives = new double[days];
    enforcements = new double[days];
    wrongfulEnforcements = new double[days];
    activeAccounts = new double[days];
    backlog = new double[1 + queues][hours];
    staffed = new double[1 + queues][hours];
  }

  void onDelivered(int category, int channel, double weighted, int day, int hour) {
    harm[0][day]++;
    harm[1 + category][day]++;
    harm[1 + PolicyCategory.values().length + channel][day]++;
    harmWeighted[day] += weighted;
    harmHourly[hour]++;
  }

  void onVoterOutcomes(int channel, long inaccurate, long refused, int day) {
    voterInaccurate[0][day] += inaccurate;
    voterInaccurate[1 + channel][day] += inaccurate;
    voterRefused[0][day] += refused;
    voterRefused[1 + channel][day] += refused;
  }

  int channelRow(int channel) {
    return 1 + PolicyCategory.values().length + channel;
  }

  int channels() {
    return channels;
  }
}
