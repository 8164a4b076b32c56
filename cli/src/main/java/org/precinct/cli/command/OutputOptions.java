package org.precinct.cli.command;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.cli.output.OutputTarget;
import org.precinct.cli.output.SlideDeck;
import picocli.CommandLine.Option;

/** Where a run's folder goes, whether it may replace one, and the chart formats (a mixin). */
public final class OutputOptions {
  private static final List<String> FORMATS = List.of("png", "svg", "pdf", SlideDeck.FORMAT);

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description =
          "The output folder to create (default: precinct-out/<scenario>-<yyyyMMdd-HHmmss>)."
              + " An existing folder is refused unless --force is given.")
  private Path out;

  @Option(
      names = "--force",
      description = "Replace the --out folder if it exists and holds an earlier precinct output.")
  private boolean force;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      split = ",",
      completionCandidates = FormatNames.class,
      description =
          "Chart formats, comma-separated: png, svg, pdf, and slides (slides.pdf: every chart"
              + " of the report, one per 16:9 page) (default: ${DEFAULT-VALUE}).",
      defaultValue = "png,svg")
  private List<String> formats = new ArrayList<>();

  /** Points the output at {@code folder} (null: a fresh default folder), as merge does. */
  void redirect(Path folder, boolean replace) {
    this.out = folder;
    this.force = replace;
  }

  /** The folder to write: --out, else a fresh timestamped folder under precinct-out. */
  public Path target(String scenarioId) {
    return out != null
        ? out
        : OutputTarget.defaultFolder(OutputTarget.DEFAULT_ROOT, scenarioId, LocalDateTime.now());
  }

  /** Whether an earlier output may be replaced. */
  public boolean force() {
    return force;
  }

  /** The chart formats asked for, lower-case, without repeats, in png, svg, pdf, slides order. */
  public List<String> formats() {
    List<String> asked =
        formats.stream().map(f -> f.strip().toLowerCase(java.util.Locale.ROOT)).toList();
    for (String format : asked) {
      if (!FORMATS.contains(format)) {
        throw new InvalidInputException(
            "--format: unknown chart format '" + format + "'; valid: png, svg, pdf, slides");
      }
    }
    return FORMATS.stream().filter(asked::contains).toList();
  }

  /** The names shell completion offers for --format. */
  static final class FormatNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    FormatNames() {
      super(List.of("png", "svg", "pdf", "slides", "png,svg", "png,svg,pdf", "png,svg,slides"));
    }
  }
}
