package org.precinct.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How help is laid out: as wide as the terminal ($COLUMNS, else picocli's detection, else 80), and
 * with every indented footer line (an example command) printed whole, never wrapped, so that a
 * copied example is the command it shows; the other footer lines wrap to the width.
 */
final class HelpLayout {

  /** The narrowest and widest help picocli is asked for. */
  static final int MIN_WIDTH = 55;

  static final int MAX_WIDTH = 240;

  private HelpLayout() {}

  /** Sets the width from {@code env} and the footer renderer on {@code cmd} and its subcommands. */
  static void apply(CommandLine cmd, Map<String, String> env) {
    Integer columns = columns(env.get("COLUMNS"));
    if (columns != null) {
      cmd.setUsageHelpAutoWidth(false);
      cmd.setUsageHelpWidth(columns);
    } else {
      cmd.setUsageHelpAutoWidth(true);
    }
    footers(cmd);
  }

  /** The help width $COLUMNS asks for, clamped to what picocli accepts, or null if unset. */
  static Integer columns(String text) {
    if (text == null || !text.strip().matches("[0-9]{1,9}")) {
      return null;
    }
    return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Integer.parseInt(text.strip())));
  }

  private static void footers(CommandLine cmd) {
    cmd.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, HelpLayout::footer);
    cmd.getSubcommands().values().forEach(HelpLayout::footers);
  }

  private static String footer(Help help) {
    UsageMessageSpec usage = help.commandSpec().usageMessage();
    List<String> lines = new ArrayList<>();
    for (String entry : usage.footer()) {
      lines.addAll(List.of(formatted(entry).split("\n", -1)));
    }
    return layout(lines, usage.width());
  }

  /** A footer entry with its %n expanded as picocli does; text with a bare % is kept as written. */
  private static String formatted(String entry) {
    try {
      return String.format(Locale.ROOT, entry);
    } catch (java.util.IllegalFormatException e) {
      return entry.replace("%n", "\n");
    }
  }

  /**
   * Lays out footer lines: a line indented by two spaces is an example, printed whole (with the
   * lines it continues with a trailing backslash); other lines are prose, joined into paragraphs (a
   * deeper-indented line continues the paragraph above) and wrapped to {@code width}.
   */
  static String layout(List<String> lines, int width) {
    StringBuilder text = new StringBuilder();
    StringBuilder paragraph = new StringBuilder();
    boolean continued = false;
    for (String line : lines) {
      boolean example = continued || line.matches("  \\S.*");
      boolean prose =
          !example && !line.isBlank() && (!line.startsWith(" ") || paragraph.length() > 0);
      if (prose) {
        paragraph.append(paragraph.length() > 0 ? " " : "").append(line.strip());
        continue;
      }
      flush(paragraph, width, text);
      text.append(line).append('\n');
      continued = example && line.endsWith("\\");
    }
    flush(paragraph, width, text);
    return text.toString();
  }

  private static void flush(StringBuilder paragraph, int width, StringBuilder text) {
    if (paragraph.length() > 0) {
      text.append(wrap(paragraph.toString(), width)).append('\n');
      paragraph.setLength(0);
    }
  }

  /** Wraps prose at spaces to {@code width} columns. */
  static String wrap(String line, int width) {
    StringBuilder out = new StringBuilder();
    int start = 0;
    for (String word : line.split(" ")) {
      if (out.length() - start + word.length() + 1 > width && out.length() > start) {
        out.append('\n');
        start = out.length();
      } else if (out.length() > start) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.toString();
  }
}
