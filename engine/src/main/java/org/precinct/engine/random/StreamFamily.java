package org.precinct.engine.random;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.eclipse.collections.api.map.primitive.MutableLongObjectMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;

/**
 * The streams of one named source: one shared stream and one per entity, created lazily and kept in
 * a primitive-keyed map so that looking up an account's stream does not box its index.
 */
public final class StreamFamily {

  private static final int MAX_STATE_BYTES = 1 << 16;

  private final RandomStreams owner;
  private final String source;
  private final long sourceKey;
  private final MutableLongObjectMap<RandomStream> byEntity = new LongObjectHashMap<>();
  private RandomStream shared;

  StreamFamily(RandomStreams owner, String source, long sourceKey) {
    this.owner = owner;
    this.source = source;
    this.sourceKey = sourceKey;
  }

  /** Returns the source name. */
  public String source() {
    return source;
  }

  /** Returns the stream shared by all entities of this source. */
  public RandomStream shared() {
    RandomStream stream = shared;
    if (stream == null) {
      stream = owner.newSharedStream(sourceKey);
      shared = stream;
    }
    return stream;
  }

  /** Returns the stream of one entity, independent of every other entity's stream. */
  public RandomStream stream(long entity) {
    RandomStream stream = byEntity.get(entity);
    if (stream == null) {
      stream = owner.newEntityStream(sourceKey, entity);
      byEntity.put(entity, stream);
    }
    return stream;
  }

  void writeState(DataOutputStream out) throws IOException {
    out.writeBoolean(shared != null);
    if (shared != null) {
      writeBytes(out, shared.saveState());
    }
    long[] entities = byEntity.keySet().toSortedArray();
    out.writeInt(entities.length);
    for (long entity : entities) {
      out.writeLong(entity);
      writeBytes(out, byEntity.get(entity).saveState());
    }
  }

  void readState(DataInputStream in) throws IOException {
    if (in.readBoolean()) {
      shared().restoreState(readBytes(in));
    }
    int count = in.readInt();
    for (int i = 0; i < count; i++) {
      long entity = in.readLong();
      stream(entity).restoreState(readBytes(in));
    }
  }

  /** Puts every stream back to its initial, freshly seeded state. */
  void resetAll() {
    if (shared != null) {
      shared.restoreState(owner.newSharedStream(sourceKey).saveState());
    }
    byEntity.forEachKeyValue(
        (entity, stream) ->
            stream.restoreState(owner.newEntityStream(sourceKey, entity).saveState()));
  }

  private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_STATE_BYTES) {
      throw new IOException("implausible generator state length " + length);
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return bytes;
  }
}
