package org.precinct.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one in-process execution of precinct printed and returned. */
record CliResult(int exitCode, String out, String err) {
  static CliResult execute(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Precinct.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(args);
    return new CliResult(code, out.toString(), err.toString());
  }
}
