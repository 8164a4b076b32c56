package org.precinct.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.scenarios.BundledScenarios;
import org.precinct.scenarios.BundledScenarios.BundledScenario;
import org.precinct.scenarios.LoadResult;
import org.precinct.scenarios.ScenarioLoader;
import org.precinct.scenarios.problem.Problem;

/**
 * A scenario named on the command line, a bundled id or a YAML file, loaded and validated, with the
 * SHA-256 of its bytes so that every output says exactly which scenario text was run.
 *
 * @param name how the user named it (the id or the path)
 * @param sha256 hex SHA-256 of the scenario file's bytes
 * @param bytes the scenario file's bytes, copied into the partial folder of a shard
 */
public record ScenarioSource(String name, ScenarioSpec spec, String sha256, byte[] bytes) {

  /** Loads {@code argument}, or the default scenario when it is null; throws on any problem. */
  public static ScenarioSource load(String argument) {
    String name = argument == null ? BundledScenarios.DEFAULT_ID : argument;
    Path path = Path.of(name);
    if (Files.isRegularFile(path)) {
      return ofFile(path, name);
    }
    Optional<BundledScenario> bundled = BundledScenarios.find(name);
    if (bundled.isPresent()) {
      ScenarioSpec spec = loaded(bundled.get().load());
      byte[] bytes = bundled.get().bytes();
      return new ScenarioSource(name, spec, sha256(bytes), bytes);
    }
    throw new InvalidInputException(unknown(name));
  }

  /** Loads the scenario file {@code path}, named {@code name} in outputs; throws on any problem. */
  static ScenarioSource ofFile(Path path, String name) {
    // the loader refuses an oversized file before reading it; only a valid scenario is hashed
    ScenarioSpec spec = loaded(ScenarioLoader.load(path));
    byte[] bytes = read(path);
    return new ScenarioSource(name, spec, sha256(bytes), bytes);
  }

  private static ScenarioSpec loaded(LoadResult result) {
    if (!result.isLoaded()) {
      throw new InvalidInputException(result.problems().stream().map(Problem::render).toList());
    }
    return result.loaded();
  }

  private static String unknown(String name) {
    List<String> ids = BundledScenarios.list().stream().map(BundledScenario::id).toList();
    boolean looksLikeFile = name.endsWith(".yaml") || name.endsWith(".yml") || name.contains("/");
    return looksLikeFile
        ? "no scenario file " + name + " (" + Path.of(name).toAbsolutePath() + " does not exist)"
        : "no bundled scenario or file named '"
            + name
            + "'"
            + NameSuggestions.didYouMean(name, ids)
            + " (bundled: "
            + String.join(", ", ids)
            + "; `precinct list` shows them)";
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (java.io.IOException e) {
      throw new InvalidInputException("cannot read " + path + ": " + e.getMessage());
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
