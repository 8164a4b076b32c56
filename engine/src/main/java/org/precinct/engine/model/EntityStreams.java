package org.precinct.engine.model;

import java.util.Arrays;
import org.precinct.engine.random.RandomStream;
import org.precinct.engine.random.RandomStreams;
import org.precinct.engine.random.StreamFamily;

/**
 * The streams of one source for densely numbered entities (campaigns, queues, networks, benign
 * streams), cached in an array so hot code skips the family's hash lookup.
 */
final class EntityStreams {
  private final StreamFamily family;
  private RandomStream[] cache = new RandomStream[8];

  EntityStreams(RandomStreams streams, String source) {
    this.family = streams.family(source);
  }

  RandomStream get(int entity) {
    if (entity >= cache.length) {
      cache = Arrays.copyOf(cache, Math.max(entity + 1, cache.length * 2));
    }
    RandomStream s = cache[entity];
    if (s == null) {
      s = family.stream(entity);
      cache[entity] = s;
    }
    return s;
  }
}
