package org.precinct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

final class HelpLayoutTest {

  private static String help(int columns, String... command) {
    StringWriter out = new StringWriter();
    PrintWriter sink = new PrintWriter(new StringWriter());
    CommandLine cmd = Precinct.newCommandLine(new PrintWriter(out, true), sink);
    HelpLayout.apply(cmd, Map.of("COLUMNS", String.valueOf(columns)));
    CommandLine target = cmd;
    for (String name : command) {
      target = target.getSubcommands().get(name);
    }
    target.usage(new PrintWriter(out, true));
    return out.toString();
  }

  @Test
  void helpIsAsWideAsColumnsSays() {
    String wide = help(160, "compare");
    assertThat(wide.lines().mapToInt(String::length).max().orElse(0)).isBetween(81, 160);
    String narrow = help(60, "compare");
    assertThat(narrow.lines().filter(line -> !line.startsWith("  ")))
        .allMatch(line -> line.length() <= 60);
  }

  @Test
  void columnsOutsidePicocliLimitsIsClampedAndNonsenseIgnored() {
    assertThat(HelpLayout.columns("20")).isEqualTo(HelpLayout.MIN_WIDTH);
    assertThat(HelpLayout.columns("100000")).isEqualTo(HelpLayout.MAX_WIDTH);
    assertThat(HelpLayout.columns("wide")).isNull();
    assertThat(HelpLayout.columns(null)).isNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {55, 80, 200})
  void everyExampleOfEveryCommandIsPrintedWholeAtAnyWidth(int columns) {
    CommandLine cmd =
        Precinct.newCommandLine(
            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    for (Map.Entry<String, CommandLine> entry : cmd.getSubcommands().entrySet()) {
      List<String> examples =
          List.of(entry.getValue().getCommandSpec().usageMessage().footer()).stream()
              .filter(line -> line.startsWith("  precinct"))
              .toList();
      String help = help(columns, entry.getKey());
      assertThat(help.lines()).as(entry.getKey()).containsAll(examples);
    }
  }

  @Test
  void examplesStayWholeWithTheirBackslashContinuationsAndProseBecomesParagraphs() {
    String text =
        HelpLayout.layout(
            List.of(
                "  precinct sweep --param queues.trust-safety.staff-scale=0.5,1,1.5,2 \\",
                "                 --param classifiers.misinfo.recall=0.4:0.8:0.1",
                "",
                "Exit codes: 0 ok, 2 invalid input,",
                "            130 interrupted."),
            20);
    assertThat(text)
        .isEqualTo(
            "  precinct sweep --param queues.trust-safety.staff-scale=0.5,1,1.5,2 \\\n"
                + "                 --param classifiers.misinfo.recall=0.4:0.8:0.1\n"
                + "\n"
                + "Exit codes: 0 ok, 2\ninvalid input, 130\ninterrupted.\n");
  }

  @Test
  void proseWrapsAtSpacesToTheWidth() {
    assertThat(HelpLayout.wrap("one two three four", 9)).isEqualTo("one two\nthree\nfour");
  }
}
