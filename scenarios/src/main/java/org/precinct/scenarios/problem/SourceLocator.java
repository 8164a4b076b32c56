package org.precinct.scenarios.problem;

import java.util.Optional;

/** Finds where a YAML path lies in the file, so checks made after parsing can still point at it. */
public interface SourceLocator {

  /** A locator for content that has no file positions (for example a spec built in memory). */
  SourceLocator NONE =
      new SourceLocator() {
        @Override
        public SourcePosition positionOf(String path) {
          return SourcePosition.UNKNOWN;
        }

        @Override
        public Optional<String> scalarAt(String path) {
          return Optional.empty();
        }
      };

  /** The position of the value at {@code path}, or of its nearest present ancestor. */
  SourcePosition positionOf(String path);

  /** The text of the scalar at {@code path}, if the path names a scalar. */
  Optional<String> scalarAt(String path);
}
