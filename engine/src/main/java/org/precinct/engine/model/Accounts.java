package org.precinct.engine.model;

import java.util.Arrays;
import org.precinct.engine.random.RandomStream;
import org.precinct.engine.random.StreamFamily;

/**
 * Every threat account of a replication in primitive arrays, so millions of requests touch no
 * per-request object: the fields every request reads (campaign, network, channel, state, pending
 * arrival, first harmful request, detection) are packed side by side in one {@code long[]}, four
 * longs per account, so a request costs one cache line instead of seven.
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

  private static final int STRIDE = 4;
  private static final int META = 0;
  private static final int PENDING = 1;
  private static final int FIRST_HARM = 2;
  private static final int DETECTED = 3;
  private static final long MASK_20 = (1L << 20) - 1;

  private final StreamFamily requestFamily;
  private final StreamFamily reviewFamily;
  private final StreamFamily classifierFamily;
  private int size;
  private long[] hot = new long[64 * STRIDE];
  int[] ordinal = new int[64];
  long[] createdAt = new long[64];
  long[] enforcedAt = new long[64];
  int[] openCase = new int[64];
  boolean[] warned = new boolean[64];
  boolean[] actionPending = new boolean[64];
  boolean[] flaggedEver = new boolean[64];
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
    if (size == ordinal.length) {
      grow();
    }
    int a = size++;
    int base = a * STRIDE;
    hot[base + META] = meta(campaignIndex, networkIndex, channelIndex, ACTIVE);
    hot[base + PENDING] = -1L;
    hot[base + FIRST_HARM] = NEVER;
    hot[base + DETECTED] = NEVER;
    ordinal[a] = ordinalInCampaign;
    createdAt[a] = now;
    enforcedAt[a] = NEVER;
    openCase[a] = -1;
    requests[a] = requestFamily.stream(entityKey(campaignIndex, ordinalInCampaign));
    review[a] = null;
    classifier[a] = null;
    return a;
  }

  private static long meta(int campaign, int network, int channel, byte state) {
    if (campaign > MASK_20 || network > MASK_20 || channel > 0xffff) {
      throw new IllegalArgumentException("more than 2^20 campaigns or networks, or 2^16 channels");
    }
    return campaign | ((long) network << 20) | ((long) channel << 40) | ((long) state << 56);
  }

  int campaign(int a) {
    return (int) (hot[a * STRIDE] & MASK_20);
  }

  int network(int a) {
    return (int) ((hot[a * STRIDE] >>> 20) & MASK_20);
  }

  int channel(int a) {
    return (int) ((hot[a * STRIDE] >>> 40) & 0xffff);
  }

  byte state(int a) {
    return (byte) (hot[a * STRIDE] >>> 56);
  }

  void setState(int a, byte state) {
    int i = a * STRIDE;
    hot[i] = (hot[i] & ((1L << 56) - 1)) | ((long) state << 56);
  }

  boolean isActive(int a) {
    return state(a) == ACTIVE;
  }

  long pendingRequest(int a) {
    return hot[a * STRIDE + PENDING];
  }

  void setPendingRequest(int a, long handle) {
    hot[a * STRIDE + PENDING] = handle;
  }

  long firstHarmAt(int a) {
    return hot[a * STRIDE + FIRST_HARM];
  }

  void setFirstHarmAt(int a, long ticks) {
    hot[a * STRIDE + FIRST_HARM] = ticks;
  }

  long detectedAt(int a) {
    return hot[a * STRIDE + DETECTED];
  }

  void setDetectedAt(int a, long ticks) {
    hot[a * STRIDE + DETECTED] = ticks;
  }

  /** The stable entity key of an account: its campaign and ordinal, the same in every variant. */
  static long entityKey(int campaignIndex, int ordinalInCampaign) {
    return ((long) campaignIndex << 32) | (ordinalInCampaign & 0xffffffffL);
  }

  long entityKey(int account) {
    return entityKey(campaign(account), ordinal[account]);
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

  private void grow() {
    int n = ordinal.length * 2;
    hot = Arrays.copyOf(hot, n * STRIDE);
    ordinal = Arrays.copyOf(ordinal, n);
    createdAt = Arrays.copyOf(createdAt, n);
    enforcedAt = Arrays.copyOf(enforcedAt, n);
    openCase = Arrays.copyOf(openCase, n);
    warned = Arrays.copyOf(warned, n);
    actionPending = Arrays.copyOf(actionPending, n);
    flaggedEver = Arrays.copyOf(flaggedEver, n);
    requests = Arrays.copyOf(requests, n);
    review = Arrays.copyOf(review, n);
    classifier = Arrays.copyOf(classifier, n);
  }
}
