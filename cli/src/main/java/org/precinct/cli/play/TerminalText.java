package org.precinct.cli.play;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exercise's Markdown lines as plain text for a terminal of a given width: headings underlined,
 * emphasis and code marks dropped, list items and indented paragraphs wrapped with a hanging
 * indent, tables as aligned columns (or, when they cannot fit, one block per row).
 *
 * <p>Words are never broken: a word longer than the width (a long file path) stands alone on its
 * line, so it can still be copied whole.
 */
final class TerminalText {
  /** The width when the COLUMNS variable is absent or not a number. */
  static final int DEFAULT_WIDTH = 80;

  private static final int MIN_WIDTH = 20;
  private static final String GAP = "  ";
  private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*)");
  private static final Pattern ITEM = Pattern.compile("(\\s*)(- |\\d{1,3}\\. )(.*)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)]*)\\)");
  private static final Pattern RULE = Pattern.compile("\\|?(\\s*:?-{3,}:?\\s*\\|)+\\s*:?-*:?\\s*");

  private final int width;

  TerminalText(int width) {
    this.width = Math.max(1, width);
  }

  /**
   * The renderer for the terminal described by {@code env}: its COLUMNS variable, else 80; at least
   * 20 columns, below which nothing reads well.
   */
  static TerminalText of(Map<String, String> env) {
    String columns = env.getOrDefault("COLUMNS", "").strip();
    int width;
    try {
      width = columns.isEmpty() ? DEFAULT_WIDTH : Integer.parseInt(columns);
    } catch (NumberFormatException e) {
      width = DEFAULT_WIDTH;
    }
    return new TerminalText(Math.max(MIN_WIDTH, width));
  }

  int width() {
    return width;
  }

  /** The lines as plain text, each at most the width unless a single word is longer. */
  List<String> render(List<String> markdown) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < markdown.size(); i++) {
      String line = markdown.get(i);
      if (line.stripLeading().startsWith("|")) {
        int end = i;
        while (end < markdown.size() && markdown.get(end).stripLeading().startsWith("|")) {
          end++;
        }
        out.addAll(table(markdown.subList(i, end)));
        i = end - 1;
      } else {
        out.addAll(line(line));
      }
    }
    return out;
  }

  private List<String> line(String line) {
    if (line.isBlank()) {
      return List.of("");
    }
    Matcher h = HEADING.matcher(line);
    if (h.matches()) {
      return heading(h.group(1).length(), inline(h.group(2)));
    }
    if (line.strip().matches("-{3,}|\\*{3,}")) {
      return List.of("-".repeat(width));
    }
    Matcher item = ITEM.matcher(line);
    if (item.matches()) {
      String lead = item.group(1) + item.group(2);
      return wrap(inline(item.group(3)), lead, " ".repeat(lead.length()));
    }
    String indent = line.substring(0, line.length() - line.stripLeading().length());
    return wrap(inline(line.strip()), indent, indent);
  }

  private List<String> heading(int level, String text) {
    String title = level == 1 ? text.toUpperCase(java.util.Locale.ROOT) : text;
    List<String> lines = new ArrayList<>(wrap(title, "", ""));
    int longest = lines.stream().mapToInt(String::length).max().orElse(0);
    lines.add((level <= 2 ? "=" : "-").repeat(Math.min(width, longest)));
    return lines;
  }

  /** Markdown's inline marks removed: bold, code, hard breaks and links (kept as "text (url)"). */
  static String inline(String text) {
    String plain = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(link(m)));
    return plain.replace("**", "").replace("`", "").replaceAll("\\s+$", "");
  }

  private static String link(java.util.regex.MatchResult m) {
    return m.group(1).equals(m.group(2)) ? m.group(1) : m.group(1) + " (" + m.group(2) + ")";
  }

  /**
   * {@code text} wrapped at the width, the first line after {@code first} and the rest after {@code
   * rest}; a word longer than the room left stands alone on its line.
   */
  List<String> wrap(String text, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder(first);
    int start = first.length();
    for (String word : text.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      boolean empty = current.length() == start;
      if (!empty && current.length() + 1 + word.length() > width) {
        lines.add(current.toString());
        current = new StringBuilder(rest);
        start = rest.length();
        empty = true;
      }
      current.append(empty ? "" : " ").append(word);
    }
    lines.add(current.toString().stripTrailing());
    return lines;
  }

  private List<String> table(List<String> rows) {
    List<List<String>> cells = new ArrayList<>();
    List<Boolean> right = new ArrayList<>();
    for (String row : rows) {
      List<String> parts = cells(row);
      if (RULE.matcher(row.strip()).matches()) {
        parts.forEach(p -> right.add(p.endsWith(":")));
      } else {
        cells.add(parts.stream().map(TerminalText::inline).toList());
      }
    }
    if (cells.isEmpty()) {
      return List.of();
    }
    return TableLayout.of(cells, right, width).lines();
  }

  private static List<String> cells(String row) {
    String body = row.strip();
    if (body.startsWith("|")) {
      body = body.substring(1);
    }
    if (body.endsWith("|")) {
      body = body.substring(0, body.length() - 1);
    }
    List<String> parts = new ArrayList<>();
    for (String cell : body.split("\\|", -1)) {
      parts.add(cell.strip());
    }
    return parts;
  }

  /** The separator between table columns. */
  static String gap() {
    return GAP;
  }
}
