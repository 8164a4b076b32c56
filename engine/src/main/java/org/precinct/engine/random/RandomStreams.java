package org.precinct.engine.random;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The random streams of one replication, keyed by (scenario seed, replication, source name,
 * entity), so that a replication is a pure function of its seed and every source draws the same
 * numbers in every variant of a comparison, whatever other streams were used (common random numbers
 * that stay synchronised).
 *
 * <p>A stream's seed is derived only from its own key, never from creation order: Mix13 is folded
 * over the scenario seed, the replication index, a stable 64-bit hash of the source name and the
 * entity, and the result expanded with SplitMix64 into the full state of an L64X128Mix generator
 * (Steele and Vigna's LXM family, designed for many streams from distinct seeds). Streams are
 * created on first use and cached. Not thread-safe: one instance belongs to one replication.
 */
public final class RandomStreams {

  private static final RandomSource GENERATOR = RandomSource.L64_X128_MIX;
  private static final int SEED_WORDS = 4;
  private static final int STATE_FORMAT = 1;
  private static final long SHARED_SALT = 0x5348_4152_4544_0000L;
  private static final long ENTITY_SALT = 0x454E_5449_5459_0000L;

  private final long scenarioSeed;
  private final int replication;
  private final Map<String, StreamFamily> families = new HashMap<>();

  /** Creates the streams of one replication of a scenario. */
  public RandomStreams(long scenarioSeed, int replication) {
    if (replication < 0) {
      throw new IllegalArgumentException("replication must be >= 0, was " + replication);
    }
    this.scenarioSeed = scenarioSeed;
    this.replication = replication;
  }

  /** Returns the scenario seed these streams derive from. */
  public long scenarioSeed() {
    return scenarioSeed;
  }

  /** Returns the replication index these streams belong to. */
  public int replication() {
    return replication;
  }

  /** Returns the stream of a named source that is shared by all its entities. */
  public RandomStream stream(String source) {
    return family(source).shared();
  }

  /** Returns the stream of one entity (for example an account) of a named source. */
  public RandomStream stream(String source, long entity) {
    return family(source).stream(entity);
  }

  /**
   * Returns the per-entity streams of a source; hold on to it in hot code to skip the name lookup.
   */
  public StreamFamily family(String source) {
    Objects.requireNonNull(source, "source name");
    if (source.isEmpty()) {
      throw new IllegalArgumentException("source name must not be empty");
    }
    StreamFamily family = families.get(source);
    if (family == null) {
      family = new StreamFamily(this, source, sourceKey(source));
      families.put(source, family);
    }
    return family;
  }

  private long sourceKey(String source) {
    long key = SeedMixer.mix(scenarioSeed);
    key = SeedMixer.combine(key, replication);
    return SeedMixer.combine(key, SeedMixer.hash(source));
  }

  RandomStream newSharedStream(long sourceKey) {
    return new RandomStream(newGenerator(SeedMixer.combine(sourceKey, SHARED_SALT)));
  }

  RandomStream newEntityStream(long sourceKey, long entity) {
    long key = SeedMixer.combine(SeedMixer.combine(sourceKey, ENTITY_SALT), entity);
    return new RandomStream(newGenerator(key));
  }

  private static RestorableUniformRandomProvider newGenerator(long key) {
    return GENERATOR.create(SeedMixer.expand(key, SEED_WORDS));
  }

  /** Captures the state of every stream created so far, for forking a run at a decision point. */
  public byte[] saveState() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(STATE_FORMAT);
      out.writeLong(scenarioSeed);
      out.writeInt(replication);
      String[] names = families.keySet().toArray(new String[0]);
      Arrays.sort(names);
      out.writeInt(names.length);
      for (String name : names) {
        out.writeUTF(name);
        families.get(name).writeState(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Restores the state captured by {@link #saveState()} in place, so that streams models already
   * hold continue from the saved point; streams created after the save restart from their seed.
   *
   * @throws IllegalArgumentException if the state belongs to another seed or replication, or is not
   *     a saved state
   */
  public void restoreState(byte[] state) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state))) {
      readHeader(in);
      families.values().forEach(StreamFamily::resetAll);
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        family(in.readUTF()).readState(in);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("not a saved random-stream state: " + e, e);
    }
  }

  private void readHeader(DataInputStream in) throws IOException {
    int format = in.readInt();
    long seed = in.readLong();
    int savedReplication = in.readInt();
    if (format != STATE_FORMAT) {
      throw new IllegalArgumentException("unknown random-stream state format " + format);
    }
    if (seed != scenarioSeed || savedReplication != replication) {
      throw new IllegalArgumentException(
          "the saved state belongs to seed "
              + seed
              + " replication "
              + savedReplication
              + ", not seed "
              + scenarioSeed
              + " replication "
              + replication);
    }
  }
}
