package org.precinct.scenarios.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.Optional;
import org.precinct.scenarios.problem.Problems;
import org.precinct.scenarios.problem.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Turns untrusted scenario bytes into a position-aware YAML tree, or reports why it cannot: every
 * limit is checked before or while parsing, so no input can make the parser hang or exhaust memory.
 */
public final class HardenedYamlReader {

  private final YamlLimits limits;
  private final YAMLFactory factory;

  /** A reader enforcing {@code limits}. */
  public HardenedYamlReader(YamlLimits limits) {
    this.limits = limits;
    this.factory = factory(limits);
  }

  private static YAMLFactory factory(YamlLimits limits) {
    LoaderOptions loaderOptions = new LoaderOptions();
    loaderOptions.setCodePointLimit(limits.maxBytes());
    loaderOptions.setNestingDepthLimit(limits.maxNestingDepth());
    loaderOptions.setAllowDuplicateKeys(false);
    loaderOptions.setMaxAliasesForCollections(0);
    return YAMLFactory.builder()
        .loaderOptions(loaderOptions)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxBytes())
                .maxStringLength(limits.maxBytes())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxTokenCount(limits.maxTokens())
                .maxNumberLength(100)
                .maxNameLength(200)
                .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
        .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
        .build();
  }

  /** The document's root mapping, or empty after reporting every problem found on the way. */
  public Optional<YamlNode.Mapping> read(byte[] content, Problems problems) {
    Optional<String> text = ByteChecks.text(content, limits, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try (YAMLParser parser = (YAMLParser) factory.createParser(text.get())) {
      return new TreeBuilder(parser, limits, problems).document();
    } catch (TreeBuilder.ReadingStopped e) {
      return Optional.empty();
    } catch (StreamConstraintsException e) {
      problems.at(position(e.getLocation()), "", limitMessage(e), null, null);
    } catch (JsonProcessingException e) {
      problems.at(position(e.getLocation()), "", syntaxMessage(e.getOriginalMessage()), null, null);
    } catch (IOException | RuntimeException e) {
      problems.at(
          SourcePosition.UNKNOWN, "", syntaxMessage(String.valueOf(e.getMessage())), null, null);
    }
    return Optional.empty();
  }

  static SourcePosition position(JsonLocation location) {
    if (location == null || location.getLineNr() <= 0) {
      return SourcePosition.UNKNOWN;
    }
    return new SourcePosition(location.getLineNr(), Math.max(1, location.getColumnNr()));
  }

  private String limitMessage(StreamConstraintsException e) {
    String original = String.valueOf(e.getOriginalMessage());
    if (original.contains("nesting depth")) {
      return "the document is nested deeper than " + limits.maxNestingDepth() + " levels";
    }
    if (original.contains("Token count")) {
      return "the document has more than " + limits.maxTokens() + " YAML tokens";
    }
    return "the document exceeds a size limit: " + firstLine(original);
  }

  private static String syntaxMessage(String original) {
    String line = firstLine(original);
    if (line.startsWith("Duplicate field")) {
      return "duplicate key "
          + line.substring("Duplicate field ".length())
          + "; each key may appear once";
    }
    return "not valid YAML: " + line;
  }

  private static String firstLine(String text) {
    String trimmed = text.strip();
    int end = trimmed.indexOf('\n');
    String line = end < 0 ? trimmed : trimmed.substring(0, end);
    return line.replaceAll("\\s+", " ");
  }
}
