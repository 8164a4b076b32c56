package org.precinct.cli.shard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.precinct.cli.failure.InvalidInputException;

/**
 * manifest.json of a partial folder: what the shard is a part of (command, design, scenario hash,
 * seed, replications, Precinct version) and which part it is, so that {@code precinct merge} can
 * tell whether a set of folders belongs together before reading any numbers.
 *
 * @param format always {@value #FORMAT}
 * @param command the subcommand that wrote it: run, compare, attribute, sweep or sensitivity
 * @param arguments the command line as typed (replayed by merge, with merge's --out)
 * @param design every option that shapes the numbers, with its effective value, sorted: equal for
 *     all shards of one run however the options were spelled
 * @param replicationIndices for run: the replications in this shard; null for experiments
 * @param cells for experiments: the number of (variant, replication) cells simulated; else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartialManifest(
    String format,
    String precinctVersion,
    String command,
    List<String> arguments,
    List<String> design,
    Scenario scenario,
    long seed,
    int replications,
    Shard shard,
    List<Integer> replicationIndices,
    Long cells) {

  /** The format this version writes and reads. */
  public static final String FORMAT = "precinct-partial/1";

  /** The file name inside a partial folder. */
  public static final String FILE = "manifest.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /**
   * The scenario the shard ran.
   *
   * @param name how the user named it (bundled id or path)
   * @param file the copy of its bytes inside the partial folder
   */
  public record Scenario(String name, String id, String sha256, String file) {}

  /** Shard {@code number} of {@code count}, 1-based. */
  public record Shard(int number, int count) {}

  /** This shard as a spec. */
  public ShardSpec shardSpec() {
    return new ShardSpec(shard.number(), shard.count());
  }

  /** Writes the manifest into {@code folder}. */
  public void write(Path folder) throws IOException {
    try {
      Files.writeString(folder.resolve(FILE), JSON.writeValueAsString(this) + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("manifest.json could not be written", e);
    }
  }

  /** Reads and checks the manifest of {@code folder}; a bad folder is an invalid input. */
  public static PartialManifest read(Path folder) {
    Path file = folder.resolve(FILE);
    if (!Files.isDirectory(folder)) {
      throw new InvalidInputException(folder + ": no such folder; pass the folders --shard wrote");
    }
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(
          folder
              + ": not a partial folder (no "
              + FILE
              + "); partials are written by `precinct run|compare|attribute|sweep|sensitivity"
              + " --shard K/N`");
    }
    PartialManifest m;
    try {
      m = JSON.readValue(file.toFile(), PartialManifest.class);
    } catch (IOException e) {
      throw new InvalidInputException(
          file + ": not a readable partial manifest: " + e.getMessage());
    }
    if (!FORMAT.equals(m.format())) {
      throw new InvalidInputException(
          file + ": format '" + m.format() + "' is not " + FORMAT + ", which this version reads");
    }
    if (m.command() == null
        || m.arguments() == null
        || m.design() == null
        || m.scenario() == null
        || m.shard() == null
        || m.precinctVersion() == null) {
      throw new InvalidInputException(file + ": the manifest lacks a required field");
    }
    try {
      m.shardSpec();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          file + ": shard " + m.shard().number() + "/" + m.shard().count() + " is not valid");
    }
    return m;
  }
}
