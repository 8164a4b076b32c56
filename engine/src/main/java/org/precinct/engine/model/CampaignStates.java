package org.precinct.engine.model;

import java.util.Arrays;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * The running state of each campaign (started, accounts alive, re-creations pending, key times), so
 * the model knows when a campaign is disrupted: every account it had actioned and none about to
 * come back.
 */
final class CampaignStates {
  final boolean[] started;
  final boolean[] stopped;
  final long[] startedAt;
  final long[] endAt;
  final int[] active;
  final int[] pendingRecreations;
  final int[] created;
  final int[] enforced;
  final int[] recreated;
  final int[] channelForNew;
  final long[] firstDetectionAt;
  final long[] firstEnforcementAt;
  final long[] disruptedAt;
  final long[] growthEvent;
  final int[] initialSpawned;
  final IntArrayList[] members;

  CampaignStates(int campaigns, int[] channels) {
    started = new boolean[campaigns];
    stopped = new boolean[campaigns];
    startedAt = filled(campaigns);
    endAt = filled(campaigns);
    active = new int[campaigns];
    pendingRecreations = new int[campaigns];
    created = new int[campaigns];
    enforced = new int[campaigns];
    recreated = new int[campaigns];
    channelForNew = channels.clone();
    firstDetectionAt = filled(campaigns);
    firstEnforcementAt = filled(campaigns);
    disruptedAt = filled(campaigns);
    growthEvent = filled(campaigns);
    initialSpawned = new int[campaigns];
    members = new IntArrayList[campaigns];
    for (int c = 0; c < campaigns; c++) {
      members[c] = new IntArrayList();
    }
  }

  private static long[] filled(int n) {
    long[] a = new long[n];
    Arrays.fill(a, -1L);
    return a;
  }

  /** Whether the campaign is sending: started, not stopped, before its end. */
  boolean running(int c, long now) {
    return started[c] && !stopped[c] && now < endAt[c];
  }

  /**
   * Records the first disruption when, while the campaign still runs, nothing of it is left alive
   * or about to return (a campaign that simply ends is not disrupted).
   */
  void checkDisrupted(int c, long now) {
    if (disruptedAt[c] < 0
        && running(c, now)
        && active[c] == 0
        && pendingRecreations[c] == 0
        && created[c] > 0) {
      disruptedAt[c] = now;
    }
  }

  void noteDetection(int c, long now) {
    if (firstDetectionAt[c] < 0) {
      firstDetectionAt[c] = now;
    }
  }

  void noteEnforcement(int c, long now) {
    enforced[c]++;
    if (firstEnforcementAt[c] < 0) {
      firstEnforcementAt[c] = now;
    }
  }
}
