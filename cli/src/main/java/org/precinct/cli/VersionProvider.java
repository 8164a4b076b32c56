package org.precinct.cli;

import org.precinct.cli.output.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** Answers {@code --version} with the precinct version, its git commit and the Java runtime. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    BuildInfo build = BuildInfo.current();
    return new String[] {
      "precinct " + build.version(),
      "commit " + build.commit(),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
