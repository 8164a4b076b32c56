package org.precinct.cli.shard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One shard to compute and everything its partial folder must record about the whole run: the
 * command as typed, its design, and the scenario's name, id, hash and bytes.
 */
public record ShardTask(
    ShardSpec spec,
    String command,
    List<String> arguments,
    List<String> design,
    String scenarioName,
    String scenarioId,
    String scenarioSha256,
    byte[] scenarioBytes) {

  /** The file the scenario's bytes are copied to inside a partial folder. */
  public static final String SCENARIO_FILE = "scenario.yaml";

  /** Copies the lists. */
  public ShardTask {
    arguments = List.copyOf(arguments);
    design = List.copyOf(design);
  }

  /** Writes scenario.yaml and manifest.json into {@code folder}. */
  public void writeManifest(
      Path folder, String version, long seed, int replications, int[] indices, Long cells) {
    try {
      Files.write(folder.resolve(SCENARIO_FILE), scenarioBytes);
      new PartialManifest(
              PartialManifest.FORMAT,
              version,
              command,
              arguments,
              design,
              new PartialManifest.Scenario(scenarioName, scenarioId, scenarioSha256, SCENARIO_FILE),
              seed,
              replications,
              new PartialManifest.Shard(spec.number(), spec.count()),
              indices == null ? null : Arrays.stream(indices).boxed().toList(),
              cells)
          .write(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
