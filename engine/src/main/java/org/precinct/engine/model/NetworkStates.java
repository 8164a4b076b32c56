package org.precinct.engine.model;

import java.util.Arrays;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * The running state of each coordinated network: its member accounts, how many active members carry
 * flags (the evidence coordination detection links), its adaptation (recall multiplier, quiet
 * period) and its open network case; and how many takedowns there have been.
 */
final class NetworkStates {
  final IntArrayList[] members;
  final int[] flaggedActive;
  final double[] recallMultiplier;
  final long[] quietUntil;
  final int[] openCase;
  final int[] severityLevel;
  int takedowns;

  NetworkStates(int networks) {
    members = new IntArrayList[networks];
    for (int n = 0; n < networks; n++) {
      members[n] = new IntArrayList();
    }
    flaggedActive = new int[networks];
    recallMultiplier = new double[networks];
    Arrays.fill(recallMultiplier, 1.0);
    quietUntil = new long[networks];
    openCase = new int[networks];
    Arrays.fill(openCase, -1);
    severityLevel = new int[networks];
  }

  int count() {
    return members.length;
  }
}
