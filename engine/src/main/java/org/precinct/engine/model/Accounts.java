package org.precinct.engine.model;

import java.util.Arrays;
import org.precinct.engine.random.RandomStream;
import org.precinct.engine.random.StreamFamily;

/**
 * Every threat account of a replication as parallel primitive arrays (state, key times, open case,
 * its own random streams), so millions of requests touch no per-request object.
 *
 * <p>Each account draws from its own streams keyed by (campaign, ordinal within the campaign):
 * under common random numbers the k-th account of a campaign sends the same requests in every
 * variant until its own fate differs.
 */
final class Accounts {
  static final byte ACTIVE = 0;
  static final byte SUSPENDED = 1;
  static final byte STOPPED = 2;
  static final long NEVER = -1L;

  private final StreamFamily requestFamily;
  private final StreamFamily reviewFamily;
  private final StreamFamily classifierFamily;
  private int size;
  int[] campaign = new int[64];
  int[] channel = new int[64];
  int[] network = new int[64];
  int[] ordinal = new int[64];
  byte[] state = new byte[64];
  long[] createdAt = new long[64];
  long[] firstHarmAt = new long[64];
  long[] detectedAt = new long[64];
  long[] enforcedAt = new long[64];
  int[] openCase = new int[64];
  boolean[] warned = new boolean[64];
  boolean[] actionPending = new boolean[64];
  boolean[] flaggedEver = new boolean[64];
  long[] pendingRequest = new long[64];
  RandomStream[] requests = new RandomStream[64];
  private RandomStream[] review = new RandomStream[64];
  private RandomStream[] classifier = new RandomStream[64];

  Accounts(StreamFamily requestFamily, StreamFamily reviewFamily, StreamFamily classifierFamily) {
    this.requestFamily = requestFamily;
    this.reviewFamily = reviewFamily;
    this.classifierFamily = classifierFamily;
  }

  int size() {
    return size;
  }

  /** Adds an active account and returns its index. */
  int add(int campaignIndex, int channelIndex, int networkIndex, int ordinalInCampaign, long now) {
    if (size == campaign.length) {
      grow();
    }
    int a = size++;
    campaign[a] = campaignIndex;
    channel[a] = channelIndex;
    network[a] = networkIndex;
    ordinal[a] = ordinalInCampaign;
    state[a] = ACTIVE;
    createdAt[a] = now;
    firstHarmAt[a] = NEVER;
    detectedAt[a] = NEVER;
    enforcedAt[a] = NEVER;
    openCase[a] = -1;
    pendingRequest[a] = -1L;
    long key = entityKey(campaignIndex, ordinalInCampaign);
    requests[a] = requestFamily.stream(key);
    review[a] = null;
    classifier[a] = null;
    return a;
  }

  /** The stable entity key of an account: its campaign and ordinal, the same in every variant. */
  static long entityKey(int campaignIndex, int ordinalInCampaign) {
    return ((long) campaignIndex << 32) | (ordinalInCampaign & 0xffffffffL);
  }

  long entityKey(int account) {
    return entityKey(campaign[account], ordinal[account]);
  }

  /** The account's review stream (cases, delays, appeal), created on first use. */
  RandomStream reviewStream(int a) {
    RandomStream s = review[a];
    if (s == null) {
      s = reviewFamily.stream(entityKey(a));
      review[a] = s;
    }
    return s;
  }

  /** The account's classifier-latency stream, created on its first flag. */
  RandomStream classifierStream(int a) {
    RandomStream s = classifier[a];
    if (s == null) {
      s = classifierFamily.stream(entityKey(a));
      classifier[a] = s;
    }
    return s;
  }

  boolean isActive(int a) {
    return state[a] == ACTIVE;
  }

  private void grow() {
    int n = campaign.length * 2;
    campaign = Arrays.copyOf(campaign, n);
    channel = Arrays.copyOf(channel, n);
    network = Arrays.copyOf(network, n);
    ordinal = Arrays.copyOf(ordinal, n);
    state = Arrays.copyOf(state, n);
    createdAt = Arrays.copyOf(createdAt, n);
    firstHarmAt = Arrays.copyOf(firstHarmAt, n);
    detectedAt = Arrays.copyOf(detectedAt, n);
    enforcedAt = Arrays.copyOf(enforcedAt, n);
    openCase = Arrays.copyOf(openCase, n);
    warned = Arrays.copyOf(warned, n);
    actionPending = Arrays.copyOf(actionPending, n);
    flaggedEver = Arrays.copyOf(flaggedEver, n);
    pendingRequest = Arrays.copyOf(pendingRequest, n);
    requests = Arrays.copyOf(requests, n);
    review = Arrays.copyOf(review, n);
    classifier = Arrays.copyOf(classifier, n);
  }
}
