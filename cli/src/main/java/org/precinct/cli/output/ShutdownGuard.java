package org.precinct.cli.output;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Makes Ctrl-C (or a SIGTERM) stop a run cleanly: a shutdown hook interrupts the thread that writes
 * the staged folder, waits for it to give up, and then removes the staging folder, so that no
 * partial output remains.
 */
public final class ShutdownGuard implements AutoCloseable {
  private static final long WAIT_FOR_WORKER_SECONDS = 10;

  private final Thread hook;
  private final CountDownLatch workerDone = new CountDownLatch(1);

  private ShutdownGuard(StagedFolder folder, Thread worker) {
    this.hook = new Thread(() -> cleanUp(folder, worker), "precinct-shutdown");
  }

  /** Guards {@code folder}, written by the calling thread, until {@link #close()}. */
  public static ShutdownGuard install(StagedFolder folder) {
    ShutdownGuard guard = new ShutdownGuard(folder, Thread.currentThread());
    Runtime.getRuntime().addShutdownHook(guard.hook);
    return guard;
  }

  private void cleanUp(StagedFolder folder, Thread worker) {
    worker.interrupt();
    try {
      workerDone.await(WAIT_FOR_WORKER_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    folder.close();
  }

  /** Tells the hook that the worker is done, and removes the hook unless shutdown has begun. */
  @Override
  public void close() {
    workerDone.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shutdownInProgress) {
      // The hook is running or about to run; it will find the folder closed or committed.
    }
  }
}
