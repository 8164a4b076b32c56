package org.precinct.cli.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of precinct and the git commit it was built from, read from the build.properties that
 * Maven filtered, so that every output can say which build made it.
 *
 * @param version the Maven project version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit the abbreviated commit id, {@code "unknown"} when built without git, with a {@code
 *     -dirty} suffix when the work tree had uncommitted changes
 */
public record BuildInfo(String version, String commit) {
  private static final String RESOURCE = "/org/precinct/cli/build.properties";

  /** Reads the build information bundled with these classes. */
  public static BuildInfo current() {
    Properties properties = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = resolved(properties.getProperty("version"), "unknown");
    String commit = resolved(properties.getProperty("commit"), "unknown");
    boolean dirty = Boolean.parseBoolean(resolved(properties.getProperty("dirty"), "false"));
    return new BuildInfo(version, dirty && !commit.equals("unknown") ? commit + "-dirty" : commit);
  }

  private static String resolved(String value, String fallback) {
    return value == null || value.isBlank() || value.contains("${") ? fallback : value;
  }
}
