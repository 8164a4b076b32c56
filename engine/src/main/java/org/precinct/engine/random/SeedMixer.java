package org.precinct.engine.random;

/**
 * Derives generator seeds from stream keys with the SplitMix64 finaliser (Stafford's "Mix13"), so
 * that neighbouring keys (replication 1 and 2, entity 41 and 42) get unrelated seeds.
 *
 * <p>Reference: D. Stafford, "Better Bit Mixing" (2011), variant 13, as used by Steele, Lea and
 * Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014.
 */
final class SeedMixer {

  /** The SplitMix64 increment, 2^64 divided by the golden ratio, rounded to odd. */
  static final long GOLDEN_GAMMA = 0x9E37_79B9_7F4A_7C15L;

  private static final long FNV_OFFSET = 0xCBF2_9CE4_8422_2325L;
  private static final long FNV_PRIME = 0x0000_0100_0000_01B3L;

  private SeedMixer() {}

  /** Stafford's Mix13: a bijective avalanche of 64 bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }

  /** Folds one more key component into a running hash; the order of components matters. */
  static long combine(long hash, long component) {
    return mix(hash + GOLDEN_GAMMA + mix(component ^ Long.rotateLeft(hash, 23)));
  }

  /**
   * A stable 64-bit hash of a name: FNV-1a over its UTF-16 code units (low byte, then high byte),
   * then Mix13; unlike {@link String#hashCode()} it has 64 bits, so distinct sources do not collide
   * in practice.
   */
  static long hash(String name) {
    long h = FNV_OFFSET;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      h = (h ^ (c & 0xFF)) * FNV_PRIME;
      h = (h ^ (c >>> 8)) * FNV_PRIME;
    }
    return mix(h);
  }

  /** Expands one 64-bit key into {@code count} seed words with the SplitMix64 sequence. */
  static long[] expand(long key, int count) {
    long[] words = new long[count];
    long state = key;
    for (int i = 0; i < count; i++) {
      state += GOLDEN_GAMMA;
      words[i] = mix(state);
    }
    return words;
  }
}
