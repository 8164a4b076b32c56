package org.precinct.scenarios.read;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precinct.scenarios.problem.Problems;
import org.precinct.scenarios.problem.SourcePosition;

/**
 * Builds the position-aware tree from parser tokens, refusing what a scenario never needs and what
 * attackers use: anchors and aliases, tags, binary values and several documents in one file.
 */
final class TreeBuilder {

  private final YAMLParser parser;
  private final YamlLimits limits;
  private final Problems problems;
  private long tokens;

  TreeBuilder(YAMLParser parser, YamlLimits limits, Problems problems) {
    this.parser = parser;
    this.limits = limits;
    this.problems = problems;
  }

  Optional<YamlNode.Mapping> document() throws IOException {
    JsonToken first = next();
    if (first == null) {
      problems.at(
          SourcePosition.UNKNOWN,
          "",
          "the file is empty",
          null,
          "a scenario mapping starting with 'version: 1'");
      return Optional.empty();
    }
    YamlNode root = value(first, "");
    if (next() != null) {
      problems.at(
          here(),
          "",
          "the file holds more than one YAML document",
          "'---'",
          "one scenario per file");
      return Optional.empty();
    }
    if (root instanceof YamlNode.Mapping mapping) {
      return Optional.of(mapping);
    }
    problems.at(
        root.position(),
        "",
        "the top level is not a mapping",
        root.describe(),
        "keys such as 'version:', 'id:' and 'timeline:'");
    return Optional.empty();
  }

  private JsonToken next() throws IOException {
    if (++tokens > limits.maxTokens()) {
      throw new IOException("the document has more than " + limits.maxTokens() + " YAML tokens");
    }
    return parser.nextToken();
  }

  private SourcePosition here() {
    return HardenedYamlReader.position(parser.currentTokenLocation());
  }

  private YamlNode value(JsonToken token, String path) throws IOException {
    SourcePosition position = here();
    refuseDecorations(position, path);
    return switch (token) {
      case START_OBJECT -> mapping(position, path);
      case START_ARRAY -> sequence(position, path);
      case VALUE_STRING -> string(position, path);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> scalar(position, YamlNode.ScalarKind.NUMBER);
      case VALUE_TRUE, VALUE_FALSE -> scalar(position, YamlNode.ScalarKind.BOOLEAN);
      case VALUE_NULL -> new YamlNode.Scalar(position, "", YamlNode.ScalarKind.NULL);
      default -> refused(position, path, "binary and embedded values are not supported");
    };
  }

  private void refuseDecorations(SourcePosition position, String path) throws IOException {
    String anchor = parser.getObjectId();
    if (anchor != null) {
      problems.at(
          position,
          path,
          "YAML anchors are not supported",
          "'&" + anchor + "'",
          "the value written out in full");
    }
    String tag = parser.getTypeId();
    if (tag != null) {
      problems.at(
          position,
          path,
          "YAML tags are not supported",
          "'!" + tag + "'",
          "a plain value without a tag");
    }
  }

  private YamlNode string(SourcePosition position, String path) throws IOException {
    if (parser.isCurrentAlias()) {
      return refused(position, path, "YAML aliases are not supported; write the value out in full");
    }
    return scalar(position, YamlNode.ScalarKind.STRING);
  }

  private YamlNode scalar(SourcePosition position, YamlNode.ScalarKind kind) throws IOException {
    return new YamlNode.Scalar(position, parser.getText(), kind);
  }

  private YamlNode refused(SourcePosition position, String path, String message)
      throws IOException {
    problems.at(position, path, message, "'*" + parser.getText() + "'", null);
    return new YamlNode.Scalar(position, "", YamlNode.ScalarKind.NULL);
  }

  private YamlNode mapping(SourcePosition position, String path) throws IOException {
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    Map<String, SourcePosition> keys = new HashMap<>();
    for (JsonToken token = nextInMapping(path);
        token != JsonToken.END_OBJECT;
        token = nextInMapping(path)) {
      requirePresent(token);
      String key = parser.currentName();
      keys.put(key, here());
      String childPath = YamlPaths.key(path, key);
      entries.put(key, value(next(), childPath));
    }
    return new YamlNode.Mapping(position, entries, keys);
  }

  /** The next key, reporting a duplicate key with its path before reading stops. */
  private JsonToken nextInMapping(String path) throws IOException {
    try {
      return next();
    } catch (JsonParseException e) {
      String message = String.valueOf(e.getOriginalMessage());
      if (!message.startsWith("Duplicate field '")) {
        throw e;
      }
      String key = message.substring("Duplicate field '".length(), message.lastIndexOf('\''));
      problems.at(
          HardenedYamlReader.position(e.getLocation()),
          YamlPaths.key(path, key),
          "duplicate key '" + key + "'; each key may appear once in a mapping",
          null,
          null);
      throw new ReadingStopped();
    }
  }

  /** Signals that reading stopped after a problem was already reported. */
  static final class ReadingStopped extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private static void requirePresent(JsonToken token) throws IOException {
    if (token == null) {
      throw new IOException("the document ends in the middle of a mapping or list");
    }
  }

  private YamlNode sequence(SourcePosition position, String path) throws IOException {
    List<YamlNode> items = new ArrayList<>();
    for (JsonToken token = next(); token != JsonToken.END_ARRAY; token = next()) {
      requirePresent(token);
      items.add(value(token, YamlPaths.index(path, items.size())));
    }
    return new YamlNode.Sequence(position, items);
  }
}
