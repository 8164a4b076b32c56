package org.precinct.cli.console;

import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Replications done, their rate and the time left, redrawn on stderr; a display that draws nothing
 * stands in when nobody is watching, so callers never branch.
 */
public final class ProgressDisplay implements AutoCloseable {
  private static final int UPDATE_MILLIS = 200;
  private static final int MAX_WIDTH = 100;

  private final ProgressBar bar;
  private final PrintWriter err;
  private boolean closed;

  private ProgressDisplay(ProgressBar bar, PrintWriter err) {
    this.bar = bar;
    this.err = err;
  }

  /** A bar for {@code total} replications on {@code err}, or a silent one when not wanted. */
  public static ProgressDisplay open(
      String task, int total, PrintWriter err, ConsoleEnvironment env, boolean quiet) {
    if (!env.showProgress(quiet)) {
      return new ProgressDisplay(null, err);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setUnit(" reps", 1)
            .showSpeed()
            .setUpdateIntervalMillis(UPDATE_MILLIS)
            .setStyle(style(env))
            .setConsumer(new DelegatingProgressBarConsumer(line -> redraw(err, line), MAX_WIDTH))
            .build();
    return new ProgressDisplay(bar, err);
  }

  private static ProgressBarStyle style(ConsoleEnvironment env) {
    if (!env.unicode()) {
      return ProgressBarStyle.ASCII;
    }
    return env.colours() ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.UNICODE_BLOCK;
  }

  private static void redraw(PrintWriter err, String line) {
    err.print('\r');
    err.print(line);
    err.flush();
  }

  /** Counts one finished replication; safe to call from any thread. */
  public void step() {
    if (bar != null) {
      bar.step();
    }
  }

  /** Says what happens after the replications, on its own line, when a bar is shown. */
  public void status(String message) {
    close();
    if (bar != null) {
      err.println(message);
      err.flush();
    }
  }

  /** Draws the final state and ends the line; later calls do nothing. */
  @Override
  public synchronized void close() {
    if (bar != null && !closed) {
      closed = true;
      bar.close();
      err.println();
      err.flush();
    }
  }
}
