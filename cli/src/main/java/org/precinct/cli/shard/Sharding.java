package org.precinct.cli.shard;

/**
 * How a command's runs are spread: all here ({@link Whole}), one shard of them into a partial
 * folder ({@link Part}), or none, merging the partials of all shards ({@link Merge}).
 */
public sealed interface Sharding {
  /** Everything runs here. */
  Sharding WHOLE = new Whole();

  /** Everything runs here. */
  record Whole() implements Sharding {}

  /** One shard runs here and writes a partial folder. */
  record Part(ShardTask task) implements Sharding {}

  /** Nothing runs here; the partials of every shard are merged. */
  record Merge(PartialSet partials) implements Sharding {}
}
