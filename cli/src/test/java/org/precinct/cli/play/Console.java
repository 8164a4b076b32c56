package org.precinct.cli.play;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.precinct.cli.Precinct;

/** One in-process execution of {@code precinct} with typed input: exit code, stdout and stderr. */
record Console(int exitCode, String out, String err) {
  static Console run(String typed, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Precinct.newCommandLine(
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true),
                new PrintWriter(err, true))
            .execute(args);
    return new Console(code, out.toString(), err.toString());
  }

  /** The small three-decision test scenario. */
  static String scenario() {
    try {
      return Path.of(Console.class.getResource("tabletop-small.yaml").toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
