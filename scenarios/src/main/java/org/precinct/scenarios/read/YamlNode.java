package org.precinct.scenarios.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precinct.scenarios.problem.Problems;
import org.precinct.scenarios.problem.SourcePosition;

/** A node of the parsed YAML document that remembers where it was written. */
public sealed interface YamlNode {

  /** Where the node starts in the file. */
  SourcePosition position();

  /** A short description of the node for messages, such as "a list" or "'abc'". */
  String describe();

  /** A mapping of keys to values, in file order; {@code keys} holds where each key was written. */
  record Mapping(
      SourcePosition position, Map<String, YamlNode> entries, Map<String, SourcePosition> keys)
      implements YamlNode {

    /** Copies the maps so the node stays immutable. */
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      keys = Map.copyOf(keys);
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A sequence of values. */
  record Sequence(SourcePosition position, List<YamlNode> items) implements YamlNode {

    /** Copies the list so the node stays immutable. */
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A scalar with its text exactly as written and how YAML resolved it. */
  record Scalar(SourcePosition position, String text, ScalarKind kind) implements YamlNode {

    @Override
    public String describe() {
      return kind == ScalarKind.NULL ? "an empty value" : Problems.quote(text);
    }
  }

  /** How YAML resolved a plain or quoted scalar. */
  enum ScalarKind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }
}
