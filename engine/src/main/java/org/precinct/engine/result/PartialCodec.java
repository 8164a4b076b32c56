package org.precinct.engine.result;

import java.io.IOException;

/**
 * Checks shared by the readers of a serialised partial aggregate: corrupt input is an IOException.
 */
final class PartialCodec {
  private static final int MAX_SIZE = 10_000_000;

  private PartialCodec() {}

  static <E extends Enum<E>> E enumValue(Class<E> type, String name) throws IOException {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new IOException("unknown " + type.getSimpleName() + " '" + name + "'", e);
    }
  }

  static int size(int value) throws IOException {
    if (value < 0 || value > MAX_SIZE) {
      throw new IOException("corrupt size " + value);
    }
    return value;
  }
}
