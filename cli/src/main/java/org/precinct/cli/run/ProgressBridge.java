package org.precinct.cli.run;

import org.precinct.cli.console.ProgressDisplay;
import org.precinct.cli.failure.RunInterruptedException;
import org.precinct.engine.experiment.ProgressListener;

/**
 * Passes the engine's progress to the display, and stops the run between replications once its
 * thread has been interrupted (Ctrl-C), also when it runs on a single thread.
 */
final class ProgressBridge implements ProgressListener {
  private final ProgressDisplay display;

  ProgressBridge(ProgressDisplay display) {
    this.display = display;
  }

  @Override
  public void replicationDone(int done, int total) {
    display.step();
    if (Thread.currentThread().isInterrupted()) {
      throw new RunInterruptedException(new InterruptedException("interrupted at " + done));
    }
    if (done == total) {
      display.status("Writing tables, charts and the report...");
    }
  }
}
