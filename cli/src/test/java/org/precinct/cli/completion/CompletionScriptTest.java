package org.precinct.cli.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precinct.cli.Precinct;
import org.precinct.cli.failure.ExitCodes;

final class CompletionScriptTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run precinct(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Precinct.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void eachShellGetsItsOwnScript() {
    assertThat(precinct("completion").out())
        .startsWith("#!/usr/bin/env bash")
        .contains("complete -o");
    assertThat(precinct("completion", "bash").out()).isEqualTo(precinct("completion").out());
    assertThat(precinct("completion", "zsh").out())
        .startsWith("#compdef precinct")
        .contains("compdef _precinct precinct")
        .doesNotContain("COMP_WORDS");
    assertThat(precinct("completion", "fish").out())
        .contains("complete -c precinct")
        .contains("commandline -opc")
        .doesNotContain("COMP_WORDS");
  }

  @Test
  void anotherShellIsRefusedWithExitTwoAndTheShellsThatExist() {
    Run run = precinct("completion", "tcsh");
    assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("tcsh").contains("bash, zsh and fish");
  }

  @Test
  void everyScriptIsValidSyntaxForItsShell() throws Exception {
    for (String shell : CompletionCommand.SHELLS) {
      if (!installed(shell)) {
        System.err.println("skipped the " + shell + " syntax check: " + shell + " is not on PATH");
        continue;
      }
      Path script = dir.resolve("precinct." + shell);
      Files.writeString(script, CompletionCommand.script(shell));
      List<String> check =
          shell.equals("fish")
              ? List.of("fish", "--no-execute", script.toString())
              : List.of(shell, "-n", script.toString());
      assertThat(exec(check).code()).as(shell + " -n").isZero();
    }
  }

  @Test
  void bashCompletesTheInterventionsOfTheScenarioOnTheLine() throws Exception {
    assumeTrue(installed("bash"), "bash is not on PATH");
    Path launcher = launcher();
    Path script = dir.resolve("precinct.bash");
    Files.writeString(script, CompletionCommand.script("bash"));
    Run run =
        exec(
            List.of(
                "bash",
                "-c",
                "source "
                    + script
                    + "; COMP_WORDS=("
                    + launcher
                    + " run us-2024-general --with fast); COMP_CWORD=4; _precinct;"
                    + " printf '%s\\n' \"${COMPREPLY[@]}\""));
    assertThat(run.out().lines()).containsExactly("faster-suspension");
  }

  @Test
  void fishCompletesTheInterventionsOfTheScenarioOnTheLine() throws Exception {
    assumeTrue(installed("fish"), "fish is not on PATH: the fish completion was not run");
    Path launcher = launcher();
    Path script = dir.resolve("precinct.fish");
    Files.writeString(script, CompletionCommand.script("fish"));
    Run run =
        exec(
            List.of(
                "fish",
                "-c",
                "set -gx PATH "
                    + launcher.getParent()
                    + " $PATH; source "
                    + script
                    + "; complete -C 'precinct run us-2024-general --with fast'"));
    assertThat(run.out().lines()).containsExactly("faster-suspension");
  }

  @Test
  void zshCompletesTheInterventionsOfTheScenarioOnTheLine() throws Exception {
    assumeTrue(installed("zsh"), "zsh is not on PATH: the zsh completion was not run");
    Path launcher = launcher();
    Path script = dir.resolve("precinct.zsh");
    Files.writeString(script, CompletionCommand.script("zsh"));
    // compsys's compadd and compdef are stood in for by functions that print what they are given
    Run run =
        exec(
            List.of(
                "zsh",
                "-f",
                "-c",
                "compdef() { :; }; compadd() { print -l -- \"${@:3}\"; };"
                    + " _files() { print FILES; }; source "
                    + script
                    + "; words=("
                    + launcher
                    + " run us-2024-general --with fast); CURRENT=5; _precinct"));
    assertThat(run.out().lines()).containsExactly("faster-suspension");
  }

  /** A `precinct` launcher running this build's classes, as the installed script would. */
  private Path launcher() throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path launcher = bin.resolve("precinct");
    String java = ProcessHandle.current().info().command().orElse("java");
    Files.writeString(
        launcher,
        "#!/bin/sh\nexec '"
            + java
            + "' -cp '"
            + System.getProperty("java.class.path")
            + "' org.precinct.cli.Precinct \"$@\"\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    return launcher;
  }

  private static boolean installed(String shell) {
    return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
        .anyMatch(folder -> Files.isExecutable(Path.of(folder, shell)));
  }

  private static Run exec(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), out, err);
  }
}
