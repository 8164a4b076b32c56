package org.precinct.engine.result;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.precinct.engine.spec.PolicyCategory;

/**
 * What the group of a series names: the whole model, one policy category, one channel, one review
 * queue's election work or its background work. A series repeats its totals under each breakdown
 * ("all" = the sum over categories = the sum over channels), so a sum over groups is only
 * meaningful within one kind.
 */
public enum GroupKind {
  ALL,
  CATEGORY,
  CHANNEL,
  QUEUE,
  /** A queue's background and audit work, group "QUEUE:background", beside its election work. */
  BACKGROUND,
  /** One election of a scenario of several, group "election:ID". */
  ELECTION;

  /** The prefix of a series' group that holds one election's values. */
  public static final String ELECTION_PREFIX = "election:";

  /** The suffix of a review series' group that holds a queue's background work. */
  public static final String BACKGROUND_SUFFIX = ":background";

  /** The group id of the whole-model row of every series. */
  public static final String ALL_GROUP = "all";

  private static final Set<SeriesKind> PER_QUEUE =
      EnumSet.of(
          SeriesKind.SLA_BREACHES,
          SeriesKind.MEAN_WAIT,
          SeriesKind.REVIEWS_STARTED,
          SeriesKind.MEAN_WAIT_BY_ARRIVAL,
          SeriesKind.REVIEWS_BY_ARRIVAL,
          SeriesKind.BACKLOG,
          SeriesKind.STAFFED);

  /**
   * The kind of {@code group} in a series of {@code kind}, following how the model breaks series
   * down: review series by queue, harm, refusals and flags by category (harm also by channel),
   * voter series by channel.
   */
  public static GroupKind of(SeriesKind kind, String group) {
    if (group.equals(ALL_GROUP)) {
      return ALL;
    }
    if (group.startsWith(ELECTION_PREFIX)) {
      return ELECTION;
    }
    if (PER_QUEUE.contains(kind)) {
      return group.endsWith(BACKGROUND_SUFFIX) ? BACKGROUND : QUEUE;
    }
    return isCategory(group) ? CATEGORY : CHANNEL;
  }

  /** The lowercase id written in CSV, e.g. "category". */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  private static boolean isCategory(String group) {
    for (PolicyCategory category : PolicyCategory.values()) {
      if (category.id().equals(group)) {
        return true;
      }
    }
    return false;
  }
}
