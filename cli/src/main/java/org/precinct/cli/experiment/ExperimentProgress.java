package org.precinct.cli.experiment;

import org.precinct.cli.console.ProgressDisplay;
import org.precinct.cli.failure.RunInterruptedException;
import org.precinct.engine.experiment.ProgressListener;

/**
 * Moves the one progress bar of an experiment a step per finished simulation run, whatever the
 * variant, and stops the experiment between runs once its thread is interrupted (Ctrl-C).
 */
final class ExperimentProgress implements ProgressListener {

  private final ProgressDisplay display;

  ExperimentProgress(ProgressDisplay display) {
    this.display = display;
  }

  @Override
  public void replicationDone(int done, int total) {
    display.step();
    if (Thread.currentThread().isInterrupted()) {
      throw new RunInterruptedException(new InterruptedException("interrupted after run " + done));
    }
  }
}
