package org.precinct.cli.play;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table laid out in fixed-width columns for a terminal: each column as wide as its longest cell,
 * the widest narrowed (their cells wrapped) until the table fits; when even columns as narrow as
 * their longest word do not fit, each row becomes a block instead: its first cell as a title, then
 * one "header: value" item per other cell.
 *
 * @param rows the header row first, then the body rows
 * @param right per column, whether it is right-aligned (numbers)
 * @param width the terminal width
 */
record TableLayout(List<List<String>> rows, boolean[] right, int width) {

  /** The layout of {@code rows} (header first); {@code right} may be shorter than a row. */
  static TableLayout of(List<List<String>> rows, List<Boolean> right, int width) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    List<List<String>> padded = new ArrayList<>();
    for (List<String> row : rows) {
      List<String> r = new ArrayList<>(row);
      while (r.size() < columns) {
        r.add("");
      }
      padded.add(List.copyOf(r));
    }
    boolean[] alignRight = new boolean[columns];
    for (int c = 0; c < columns && c < right.size(); c++) {
      alignRight[c] = right.get(c);
    }
    return new TableLayout(List.copyOf(padded), alignRight, width);
  }

  /** The table as lines of plain text. */
  List<String> lines() {
    int[] widths = widths();
    return widths == null ? blocks() : columns(widths);
  }

  /** Column widths that fit, or null when the narrowest possible columns are still too wide. */
  int[] widths() {
    int n = right.length;
    int[] natural = new int[n];
    int[] least = new int[n];
    for (List<String> row : rows) {
      for (int c = 0; c < n; c++) {
        natural[c] = Math.max(natural[c], row.get(c).length());
        for (String word : row.get(c).split("\\s+")) {
          least[c] = Math.max(least[c], word.length());
        }
      }
    }
    int room = width - TerminalText.gap().length() * Math.max(0, n - 1);
    if (Arrays.stream(least).sum() > room) {
      return null;
    }
    int[] w = natural.clone();
    while (Arrays.stream(w).sum() > room) {
      int widest = -1;
      for (int c = 0; c < n; c++) {
        if (w[c] > least[c] && (widest < 0 || w[c] > w[widest])) {
          widest = c;
        }
      }
      w[widest]--;
    }
    return w;
  }

  private List<String> columns(int[] widths) {
    List<String> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      out.addAll(row(rows.get(r), widths));
      if (r == 0) {
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
          rule.add("-".repeat(w));
        }
        out.add(String.join(TerminalText.gap(), rule).stripTrailing());
      }
    }
    return out;
  }

  private List<String> row(List<String> cells, int[] widths) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int c = 0; c < widths.length; c++) {
      List<String> lines = new TerminalText(widths[c]).wrap(cells.get(c), "", "");
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    List<String> out = new ArrayList<>();
    for (int k = 0; k < height; k++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < widths.length; c++) {
        String text = k < wrapped.get(c).size() ? wrapped.get(c).get(k) : "";
        String pad = " ".repeat(widths[c] - text.length());
        line.append(c == 0 ? "" : TerminalText.gap()).append(right[c] ? pad + text : text + pad);
      }
      out.add(line.toString().stripTrailing());
    }
    return out;
  }

  private List<String> blocks() {
    TerminalText text = new TerminalText(width);
    List<String> header = rows.get(0);
    List<String> out = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (!out.isEmpty()) {
        out.add("");
      }
      out.addAll(text.wrap(row.get(0), "", ""));
      for (int c = 1; c < row.size(); c++) {
        String name = header.get(c).isBlank() ? "" : header.get(c) + ": ";
        out.addAll(text.wrap(name + row.get(c), "  - ", "    "));
      }
    }
    return out;
  }
}
