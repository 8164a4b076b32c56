package org.precinct.cli.play;

import java.io.PrintWriter;
import org.precinct.cli.console.ConsoleEnvironment;
import org.precinct.cli.console.ProgressDisplay;
import org.precinct.engine.experiment.ProgressListener;

/**
 * The progress of a stop's passes over the replications, one bar per pass ("to the decision", then
 * "forking the options"), each counting the plan's replications, so 100 replications read 100/100
 * and not the sum over passes.
 */
final class PassProgress implements ProgressListener, AutoCloseable {
  private final String[] tasks;
  private final PrintWriter err;
  private final ConsoleEnvironment env;
  private int pass;
  private ProgressDisplay bar;

  PassProgress(String[] tasks, PrintWriter err, ConsoleEnvironment env) {
    this.tasks = tasks.clone();
    this.err = err;
    this.env = env;
  }

  @Override
  public synchronized void replicationDone(int done, int total) {
    if (bar == null) {
      String task = tasks[Math.min(pass, tasks.length - 1)];
      bar = ProgressDisplay.open(task, total, err, env, false);
    }
    bar.step();
    if (done >= total) {
      bar.close();
      bar = null;
      pass++;
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
