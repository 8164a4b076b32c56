/**
 * Scale-out: {@code --shard K/N} partial folders (a manifest, the scenario's bytes, and the exact
 * partial statistics or experiment cells of one shard) and the checks and reads that {@code
 * precinct merge} needs to turn a complete set of them into the folder one machine would write.
 */
package org.precinct.cli.shard;
