package org.precinct.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.scenarios.problem.Problem;
import org.precinct.scenarios.read.YamlLimits;

/**
 * Hostile inputs fail fast, with bounded memory (the module's tests run with a small heap, see
 * scenarios/pom.xml) and with a clear one-line problem instead of a stack trace.
 */
@Timeout(value = 5, unit = TimeUnit.SECONDS)
final class HostileInputTest {

  private static final int MIB = 1 << 20;

  @Test
  void billionLaughsAliasBombIsRefusedAtTheFirstAnchor() {
    StringBuilder yaml =
        new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int level = 1; level < 10; level++) {
      String previous = "*a" + (level - 1);
      yaml.append("a").append(level).append(": &a").append(level).append(" [");
      yaml.append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
    }
    assertRefused(yaml.toString(), "YAML anchors are not supported");
    assertRefused(yaml.toString(), "YAML aliases are not supported");
  }

  @Test
  void deeplyNestedFlowListsAreRefusedAtTheNestingLimit() {
    assertRefused(
        "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n", "nested deeper than 64 levels");
  }

  @Test
  void deeplyNestedBlockMappingsAreRefusedAtTheNestingLimit() {
    StringBuilder yaml = new StringBuilder();
    for (int depth = 0; depth < 200; depth++) {
      yaml.append("  ".repeat(depth)).append("k:\n");
    }
    assertRefused(yaml.toString(), "nested deeper than 64 levels");
  }

  @Test
  void fileOverTheSizeLimitIsRefusedBeforeParsing() {
    byte[] content = ("# " + "x".repeat(2 * MIB) + "\n").getBytes(StandardCharsets.UTF_8);
    assertRefused(content, "the file is too large to be a scenario");
  }

  @Test
  void hugeFileOnDiskIsRefusedWithoutReadingIt(@TempDir Path folder) throws IOException {
    Path huge = folder.resolve("huge.yaml");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(4L << 30);
    }
    LoadResult result = ScenarioLoader.load(huge);
    assertThat(result.report()).contains("the file is too large to be a scenario");
  }

  @Test
  void oneHugeScalarJustUnderTheSizeLimitIsParsedQuicklyAndRejectedForItsMeaning() {
    String yaml = "version: 1\nid: \"" + "x".repeat(MIB - 100) + "\"\n";
    assertRefused(yaml, "missing required key 'title'");
  }

  @Test
  void oneHugeBlockLiteralJustUnderTheSizeLimitIsParsedQuickly() {
    String line = "y".repeat(99) + "\n";
    String yaml =
        "version: 1\ndescription: |\n" + ("  " + line).repeat((MIB - 100) / 102) + "id: x\n";
    assertRefused(yaml, "missing required key 'title'");
  }

  @Test
  void manySmallTokensAreRefusedAtTheTokenLimit() {
    assertRefused(
        "a: [" + "1,".repeat(500_000) + "1]\n",
        "more than " + YamlLimits.DEFAULT.maxTokens() + " YAML tokens");
  }

  @Test
  void overlongKeyIsRefused() {
    assertRefused("k" + "e".repeat(10_000) + ": 1\n", "not valid YAML");
    assertRefused("\"k" + "e".repeat(10_000) + "\": 1\n", "not valid YAML");
  }

  @Test
  void overlongNumberIsRefused() {
    assertRefused("version: " + "9".repeat(10_000) + "\n", "too many digits");
  }

  @Test
  void customTagIsRefusedAndNeverNamesAClass() {
    assertRefused(
        "version: 1\nid: !!java.net.URL [\"http://example.com\"]\n", "YAML tags are not supported");
    assertRefused(
        "version: 1\nid: !<tag:yaml.org,2002:javax.script.ScriptEngineManager> x\n",
        "YAML tags are not supported");
  }

  @Test
  void duplicateKeyIsRefusedWithItsPath() {
    assertRefused("version: 1\nversion: 1\n", "duplicate key 'version'");
  }

  @Test
  void invalidUtf8IsRefusedWithItsLine() {
    byte[] content = {
      'v', 'e', 'r', ':', ' ', '1', '\n', 'i', 'd', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'
    };
    LoadResult result = ScenarioLoader.load("bad.yaml", content);
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message()).isEqualTo("the file is not valid UTF-8");
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.column()).isEqualTo(5);
            });
  }

  @Test
  void utf16FileIsRefusedAsNotUtf8() {
    assertRefused("version: 1\n".getBytes(StandardCharsets.UTF_16), "not valid UTF-8");
  }

  @Test
  void notANumberAndInfinityAreRefusedWherever() {
    assertRefused("version: .nan\n", "NaN and infinity are not allowed");
    assertRefused("version: -.inf\n", "NaN and infinity are not allowed");
    assertRefused("version: NaN\n", "NaN and infinity are not allowed");
    assertRefused("version: Infinity\n", "NaN and infinity are not allowed");
  }

  @Test
  void emptyFilesAreRefused() {
    assertRefused("", "the file is empty");
    assertRefused("   \n\n\t\n", "the file is empty");
    assertRefused("# only a comment\n", "the file is empty");
  }

  @Test
  void documentThatIsNotAMappingIsRefused() {
    assertRefused("just some text\n", "the top level is not a mapping");
    assertRefused("- a\n- b\n", "the top level is not a mapping");
    assertRefused("42\n", "the top level is not a mapping");
  }

  @Test
  void controlCharactersAreRefused() {
    assertRefused("version: 1\nid: \"a\u0000b\"\n", "not valid YAML");
  }

  private static void assertRefused(String yaml, String message) {
    assertRefused(yaml.getBytes(StandardCharsets.UTF_8), message);
  }

  private static void assertRefused(byte[] content, String message) {
    LoadResult result = ScenarioLoader.load("hostile.yaml", content);
    assertThat(result.isLoaded()).isFalse();
    assertThat(result.problems())
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains(message));
    assertThat(result.report()).doesNotContain("Exception", "\tat ", "at [Source");
  }
}
