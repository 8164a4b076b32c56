package org.precinct.scenarios.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.precinct.scenarios.problem.SourceLocator;
import org.precinct.scenarios.problem.SourcePosition;

/**
 * Maps every YAML path of a parsed document to its node, so problems found after binding (a window
 * outside the timeline, an unknown reference) still point at a line and column.
 */
public final class SourceIndex implements SourceLocator {

  private final Map<String, YamlNode> nodes = new HashMap<>();

  /** Indexes every node under {@code root}. */
  public SourceIndex(YamlNode root) {
    visit(root, "");
  }

  private void visit(YamlNode node, String path) {
    nodes.put(path, node);
    if (node instanceof YamlNode.Mapping mapping) {
      mapping.entries().forEach((key, child) -> visit(child, YamlPaths.key(path, key)));
    } else if (node instanceof YamlNode.Sequence sequence) {
      for (int i = 0; i < sequence.items().size(); i++) {
        visit(sequence.items().get(i), YamlPaths.index(path, i));
      }
    }
  }

  @Override
  public SourcePosition positionOf(String path) {
    for (String candidate = path; ; candidate = parent(candidate)) {
      YamlNode node = nodes.get(candidate);
      if (node != null) {
        return node.position();
      }
      if (candidate.isEmpty()) {
        return SourcePosition.UNKNOWN;
      }
    }
  }

  @Override
  public Optional<String> scalarAt(String path) {
    return Optional.ofNullable(nodes.get(path))
        .filter(YamlNode.Scalar.class::isInstance)
        .map(YamlNode.Scalar.class::cast)
        .filter(s -> s.kind() != YamlNode.ScalarKind.NULL)
        .map(YamlNode.Scalar::text);
  }

  /** The path one level up: {@code a.b[2]} gives {@code a.b}, {@code a.b} gives {@code a}. */
  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }
}
