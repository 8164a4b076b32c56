package org.precinct.engine.kernel;

import java.util.Arrays;

/**
 * The pending-event set of a {@link Simulation}: an indexed binary min-heap kept in primitive
 * arrays, so that scheduling allocates nothing and cancellation finds an event in constant time.
 *
 * <p>The heap arrays hold, per heap position, the event time, a tie key and the event's slot. The
 * tie key packs the priority into the high 32 bits (signed) and the insertion sequence into the low
 * 32 bits, so one signed {@code long} comparison orders equal times by priority, then by insertion.
 * When the sequence would overflow 32 bits the pending events are renumbered in their existing
 * order, which changes no comparison. Slot arrays hold the handler, type, payload, generation and
 * heap position of each event; freed slots form a free list, and handles pack slot and generation
 * so that a stale handle is recognised.
 */
final class PendingEvents {

  private static final long LOW_32 = 0xFFFF_FFFFL;
  private static final int NO_SLOT = -1;

  private final long sequenceLimit;
  private long nextSequence;

  private long[] heapTime;
  private long[] heapTie;
  private int[] heapSlot;
  private int size;

  private int[] slotPosition;
  private int[] slotGeneration;
  private int[] slotNextFree;
  private int[] slotType;
  private long[] slotPayload;
  private EventHandler[] slotHandler;
  private int slotsInUse;
  private int freeHead = NO_SLOT;

  PendingEvents(int initialCapacity, long sequenceLimit) {
    this.sequenceLimit = sequenceLimit;
    int capacity = Math.max(initialCapacity, 2);
    heapTime = new long[capacity];
    heapTie = new long[capacity];
    heapSlot = new int[capacity];
    slotPosition = new int[capacity];
    slotGeneration = new int[capacity];
    slotNextFree = new int[capacity];
    slotType = new int[capacity];
    slotPayload = new long[capacity];
    slotHandler = new EventHandler[capacity];
  }

  int size() {
    return size;
  }

  long minTime() {
    return heapTime[0];
  }

  long add(long time, int priority, EventHandler handler, int type, long payload) {
    int slot = allocateSlot();
    slotType[slot] = type;
    slotPayload[slot] = payload;
    slotHandler[slot] = handler;
    if (nextSequence == sequenceLimit) {
      renumber();
    }
    long tie = ((long) priority << 32) | nextSequence++;
    siftUp(size++, time, tie, slot);
    return ((long) slotGeneration[slot] << 32) | slot;
  }

  /** Removes the earliest event from the heap and returns its still-readable slot. */
  int popMin() {
    int slot = heapSlot[0];
    int last = --size;
    if (last > 0) {
      siftDown(0, heapTime[last], heapTie[last], heapSlot[last]);
    }
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

  /** Returns a popped slot to the free list and invalidates every handle to it. */
  void free(int slot) {
    slotHandler[slot] = null;
    slotPosition[slot] = -1;
    int generation = slotGeneration[slot] + 1;
    slotGeneration[slot] = generation > 0 ? generation : 1;
    slotNextFree[slot] = freeHead;
    freeHead = slot;
  }

  boolean isPending(long handle) {
    int slot = (int) handle;
    return slot >= 0
        && slot < slotsInUse
        && slotGeneration[slot] == (int) (handle >>> 32)
        && slotPosition[slot] >= 0;
  }

  void cancel(long handle) {
    if (!isPending(handle)) {
      throw new IllegalStateException(describeNotPending(handle));
    }
    int slot = (int) handle;
    int position = slotPosition[slot];
    int last = --size;
    if (position != last) {
      long time = heapTime[last];
      long tie = heapTie[last];
      int moved = heapSlot[last];
      if (position > 0
          && before(time, tie, heapTime[(position - 1) >>> 1], heapTie[(position - 1) >>> 1])) {
        siftUp(position, time, tie, moved);
      } else {
        siftDown(position, time, tie, moved);
      }
    }
    free(slot);
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

  private static boolean before(long time, long tie, long otherTime, long otherTie) {
    return time < otherTime || (time == otherTime && tie < otherTie);
  }

  private void siftUp(int position, long time, long tie, int slot) {
    int hole = position;
    while (hole > 0) {
      int parent = (hole - 1) >>> 1;
      long parentTime = heapTime[parent];
      if (parentTime < time || (parentTime == time && heapTie[parent] < tie)) {
        break;
      }
      place(hole, parentTime, heapTie[parent], heapSlot[parent]);
      hole = parent;
    }
    place(hole, time, tie, slot);
  }

  private void siftDown(int position, long time, long tie, int slot) {
    int hole = position;
    int half = size >>> 1;
    while (hole < half) {
      int child = 2 * hole + 1;
      long childTime = heapTime[child];
      long childTie = heapTie[child];
      int right = child + 1;
      if (right < size && before(heapTime[right], heapTie[right], childTime, childTie)) {
        child = right;
        childTime = heapTime[right];
        childTie = heapTie[right];
      }
      if (!before(childTime, childTie, time, tie)) {
        break;
      }
      place(hole, childTime, childTie, heapSlot[child]);
      hole = child;
    }
    place(hole, time, tie, slot);
  }

  private void place(int position, long time, long tie, int slot) {
    heapTime[position] = time;
    heapTie[position] = tie;
    heapSlot[position] = slot;
    slotPosition[slot] = position;
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
    heapTie = Arrays.copyOf(heapTie, capacity);
    heapSlot = Arrays.copyOf(heapSlot, capacity);
    slotPosition = Arrays.copyOf(slotPosition, capacity);
    slotGeneration = Arrays.copyOf(slotGeneration, capacity);
    slotNextFree = Arrays.copyOf(slotNextFree, capacity);
    slotType = Arrays.copyOf(slotType, capacity);
    slotPayload = Arrays.copyOf(slotPayload, capacity);
    slotHandler = Arrays.copyOf(slotHandler, capacity);
  }

  /** Compacts the insertion sequences of pending events to 0..size-1, keeping their order. */
  private void renumber() {
    long[] sequences = new long[size];
    for (int i = 0; i < size; i++) {
      sequences[i] = heapTie[i] & LOW_32;
    }
    Arrays.sort(sequences);
    for (int i = 0; i < size; i++) {
      long rank = Arrays.binarySearch(sequences, heapTie[i] & LOW_32);
      heapTie[i] = (heapTie[i] & ~LOW_32) | rank;
    }
    nextSequence = size;
  }
}
