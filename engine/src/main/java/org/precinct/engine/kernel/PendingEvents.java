package org.precinct.engine.kernel;

import java.util.Arrays;

/**
 * The pending-event set of a {@link Simulation}: a binary min-heap kept in primitive arrays, so
 * that scheduling allocates nothing, with handles checked by generation so a stale one is caught.
 *
 * <p>The heap arrays hold, per heap position, only the event time and the event's slot: the same
 * memory traffic as a bare heap. Slot arrays hold the handler, type, payload, generation and a tie
 * key of each event; the tie key packs the priority into the high 32 bits (signed) and the
 * insertion sequence into the low 32 bits, so one signed {@code long} comparison, made only when
 * two times are equal, orders them by priority, then by insertion. When the sequence would overflow
 * 32 bits the pending events are renumbered in their existing order, which changes no comparison.
 * Freed slots form a free list.
 *
 * <p>Speed: removal of the minimum is bottom-up (Wegener): the hole walks down along the earlier
 * children with one comparison per level, and the last element is sifted up from there, which is
 * where it usually belongs. Cancellation is lazy: a cancelled event stays in the heap, marked, and
 * is dropped when it reaches the top, so heap moves never have to track positions; when more than
 * half the heap is cancelled it is compacted.
 */
final class PendingEvents {

  private static final long LOW_32 = 0xFFFF_FFFFL;
  private static final int NO_SLOT = -1;
  private static final int MIN_COMPACTION = 64;

  /**
   * Below this size the heap fits in the cache and the walk picks the earlier child without a
   * branch (no mispredictions); above it a branch lets the CPU speculate down the heap, which hides
   * memory latency and measured faster at 100,000 events.
   */
  private static final int BRANCH_FREE_LIMIT = 1 << 15;

  private final long sequenceLimit;
  private long nextSequence;

  private long[] heapTime;
  private int[] heapSlot;
  private int size;
  private int cancelledInHeap;

  private long[] slotTie;
  private int[] slotGeneration;
  private int[] slotNextFree;
  private boolean[] slotCancelled;
  private int[] slotType;
  private long[] slotPayload;
  private EventHandler[] slotHandler;
  private int slotsInUse;
  private int freeHead = NO_SLOT;

  PendingEvents(int initialCapacity, long sequenceLimit) {
    this.sequenceLimit = sequenceLimit;
    int capacity = Math.max(initialCapacity, 2);
    heapTime = new long[capacity];
    heapSlot = new int[capacity];
    slotTie = new long[capacity];
    slotGeneration = new int[capacity];
    slotNextFree = new int[capacity];
    slotCancelled = new boolean[capacity];
    slotType = new int[capacity];
    slotPayload = new long[capacity];
    slotHandler = new EventHandler[capacity];
  }

  /** Returns the number of events scheduled and neither fired nor cancelled. */
  int size() {
    return size - cancelledInHeap;
  }

  /**
   * Drops cancelled events from the top and returns whether a live event remains; after true,
   * {@link #minTime()} and {@link #popMin()} refer to it.
   */
  boolean hasNext() {
    while (size > 0) {
      int slot = heapSlot[0];
      if (!slotCancelled[slot]) {
        return true;
      }
      removeTop();
      slotCancelled[slot] = false;
      cancelledInHeap--;
      release(slot);
    }
    return false;
  }

  long minTime() {
    return heapTime[0];
  }

  long add(long time, int priority, EventHandler handler, int type, long payload) {
    int slot = allocateSlot();
    slotType[slot] = type;
    slotPayload[slot] = payload;
    slotHandler[slot] = handler;
    if (nextSequence >= sequenceLimit) {
      renumber();
    }
    slotTie[slot] = ((long) priority << 32) | nextSequence++;
    siftUp(size++, time, slot);
    return ((long) slotGeneration[slot] << 32) | slot;
  }

  /** Removes the earliest event (after {@link #hasNext()}) and returns its still-readable slot. */
  int popMin() {
    int slot = heapSlot[0];
    removeTop();
    return slot;
  }

  EventHandler handler(int slot) {
    return slotHandler[slot];
  }

  int type(int slot) {
    return slotType[slot];
  }

  long payload(int slot) {
    return slotPayload[slot];
  }

  /** Ends a popped event's life: invalidates its handles and returns the slot to the free list. */
  void free(int slot) {
    retire(slot);
    release(slot);
  }

  boolean isPending(long handle) {
    int slot = (int) handle;
    return slot >= 0
        && slot < slotsInUse
        && slotGeneration[slot] == (int) (handle >>> 32)
        && slotHandler[slot] != null
        && !slotCancelled[slot];
  }

  void cancel(long handle) {
    if (!isPending(handle)) {
      throw new IllegalStateException(describeNotPending(handle));
    }
    int slot = (int) handle;
    retire(slot);
    slotCancelled[slot] = true;
    cancelledInHeap++;
    if (cancelledInHeap > MIN_COMPACTION && cancelledInHeap > size / 2) {
      compact();
    }
  }

  private void retire(int slot) {
    slotHandler[slot] = null;
    int generation = slotGeneration[slot] + 1;
    slotGeneration[slot] = generation > 0 ? generation : 1;
  }

  private void release(int slot) {
    slotNextFree[slot] = freeHead;
    freeHead = slot;
  }

  private String describeNotPending(long handle) {
    int slot = (int) handle;
    int generation = (int) (handle >>> 32);
    String hex = "0x" + Long.toHexString(handle);
    if (slot < 0 || slot >= slotsInUse || generation <= 0 || generation >= slotGeneration[slot]) {
      return "cannot cancel event handle " + hex + ": no event was ever scheduled with it";
    }
    return "cannot cancel event handle " + hex + ": the event already fired or was cancelled";
  }

  private boolean before(long time, int slot, long otherTime, int otherSlot) {
    return time < otherTime || (time == otherTime && slotTie[slot] < slotTie[otherSlot]);
  }

  private void siftUp(int position, long time, int slot) {
    long[] times = heapTime;
    int[] slots = heapSlot;
    int hole = position;
    while (hole > 0) {
      int parent = (hole - 1) >>> 1;
      long parentTime = times[parent];
      if (parentTime < time || (parentTime == time && slotTie[slots[parent]] < slotTie[slot])) {
        break;
      }
      times[hole] = parentTime;
      slots[hole] = slots[parent];
      hole = parent;
    }
    times[hole] = time;
    slots[hole] = slot;
  }

  /**
   * Returns 1 if the right sibling comes first, else 0, without a branch on the (unpredictable)
   * time comparison: times are never negative, so the sign of their difference decides.
   */
  private int smallerIsRight(long leftTime, int leftSlot, long rightTime, int rightSlot) {
    if (leftTime == rightTime) {
      return slotTie[rightSlot] < slotTie[leftSlot] ? 1 : 0;
    }
    return (int) ((rightTime - leftTime) >>> 63);
  }

  /** Bottom-up removal of the top: walk the hole to a leaf, then sift the last element up. */
  private void removeTop() {
    int last = --size;
    if (last == 0) {
      return;
    }
    long[] times = heapTime;
    int[] slots = heapSlot;
    int hole = 0;
    int child;
    boolean cacheResident = last < BRANCH_FREE_LIMIT;
    while ((child = 2 * hole + 1) < last) {
      int right = child + 1;
      if (right < last) {
        if (cacheResident) {
          child += smallerIsRight(times[child], slots[child], times[right], slots[right]);
        } else if (before(times[right], slots[right], times[child], slots[child])) {
          child = right;
        }
      }
      times[hole] = times[child];
      slots[hole] = slots[child];
      hole = child;
    }
    siftUp(hole, times[last], slots[last]);
  }

  /** Removes every cancelled event and rebuilds the heap by re-inserting the live ones. */
  private void compact() {
    int count = size;
    size = 0;
    cancelledInHeap = 0;
    for (int i = 0; i < count; i++) {
      int slot = heapSlot[i];
      if (slotCancelled[slot]) {
        slotCancelled[slot] = false;
        release(slot);
      } else {
        siftUp(size++, heapTime[i], slot);
      }
    }
  }

  private int allocateSlot() {
    int slot = freeHead;
    if (slot != NO_SLOT) {
      freeHead = slotNextFree[slot];
      return slot;
    }
    if (slotsInUse == slotHandler.length) {
      grow();
    }
    slot = slotsInUse++;
    slotGeneration[slot] = 1;
    return slot;
  }

  private void grow() {
    int capacity = slotHandler.length * 2;
    if (capacity < 0) {
      throw new IllegalStateException("too many pending events: " + slotHandler.length);
    }
    heapTime = Arrays.copyOf(heapTime, capacity);
    heapSlot = Arrays.copyOf(heapSlot, capacity);
    slotTie = Arrays.copyOf(slotTie, capacity);
    slotGeneration = Arrays.copyOf(slotGeneration, capacity);
    slotNextFree = Arrays.copyOf(slotNextFree, capacity);
    slotCancelled = Arrays.copyOf(slotCancelled, capacity);
    slotType = Arrays.copyOf(slotType, capacity);
    slotPayload = Arrays.copyOf(slotPayload, capacity);
    slotHandler = Arrays.copyOf(slotHandler, capacity);
  }

  /** Compacts the insertion sequences of heap entries to 0..size-1, keeping their order. */
  private void renumber() {
    long[] sequences = new long[size];
    for (int i = 0; i < size; i++) {
      sequences[i] = slotTie[heapSlot[i]] & LOW_32;
    }
    Arrays.sort(sequences);
    for (int i = 0; i < size; i++) {
      int slot = heapSlot[i];
      long rank = Arrays.binarySearch(sequences, slotTie[slot] & LOW_32);
      slotTie[slot] = (slotTie[slot] & ~LOW_32) | rank;
    }
    nextSequence = size;
  }
}
