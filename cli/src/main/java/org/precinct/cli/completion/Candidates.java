package org.precinct.cli.completion;

import java.util.List;

/**
 * What a shell should offer for the word being completed: these words, and file names too when
 * {@code files} is set (the shell completes paths itself, as it knows the file system best).
 */
record Candidates(List<String> words, boolean files) {

  /** The directive line that tells the completion scripts to add file names. */
  static final String FILES_DIRECTIVE = ":files";

  Candidates {
    words = List.copyOf(words);
  }

  static Candidates of(List<String> words) {
    return new Candidates(words, false);
  }

  static Candidates none() {
    return new Candidates(List.of(), false);
  }

  /** The lines {@code __complete} prints: one candidate a line, then the directive if any. */
  List<String> lines() {
    return files
        ? java.util.stream.Stream.concat(
                words.stream(), java.util.stream.Stream.of(FILES_DIRECTIVE))
            .toList()
        : words;
  }
}
