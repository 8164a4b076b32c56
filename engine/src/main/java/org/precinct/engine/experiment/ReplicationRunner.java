package org.precinct.engine.experiment;

import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * Runs replications 0..n-1 of a task in parallel and hands their results back in replication order,
 * so that anything folded from them is bit-identical for any number of threads.
 *
 * <p>Each replication must be a pure function of its index (its own {@code Simulation} and {@code
 * RandomStreams}). Worker threads are daemons and are shut down when a run ends. Results and
 * progress are delivered on the calling thread, so consumers and listeners need no locking. The
 * first failure stops the scheduling of further replications and is rethrown as a {@link
 * ReplicationException} carrying the failed index.
 */
public final class ReplicationRunner {

  private final int threads;

  /** Creates a runner that uses every available processor. */
  public ReplicationRunner() {
    this(Runtime.getRuntime().availableProcessors());
  }

  /** Creates a runner that uses up to {@code threads} threads. */
  public ReplicationRunner(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.threads = threads;
  }

  /** Creates a runner that uses every available processor. */
  public static ReplicationRunner allCores() {
    return new ReplicationRunner(Runtime.getRuntime().availableProcessors());
  }

  /** Returns the maximum number of threads. */
  public int threads() {
    return threads;
  }

  /** Runs the replications and returns their results in replication order. */
  public <R> ImmutableList<R> run(int replications, IntFunction<? extends R> task) {
    return run(replications, task, ProgressListener.NONE);
  }

  /** Runs the replications, reporting progress, and returns results in replication order. */
  public <R> ImmutableList<R> run(
      int replications, IntFunction<? extends R> task, ProgressListener listener) {
    MutableList<R> results = Lists.mutable.withInitialCapacity(Math.max(replications, 0));
    runInOrder(replications, task, listener, results::add);
    return results.toImmutable();
  }

  /**
   * Runs the replications and passes each result to {@code consumer} in replication order, as soon
   * as it and every earlier one are done, keeping no result after that: for streaming aggregation.
   */
  public <R> void runInOrder(
      int replications,
      IntFunction<? extends R> task,
      ProgressListener listener,
      Consumer<? super R> consumer) {
    if (replications < 0) {
      throw new IllegalArgumentException("replications must be >= 0, was " + replications);
    }
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(consumer, "consumer");
    int workers = Math.min(threads, replications);
    if (workers <= 1) {
      runSequentially(replications, task, listener, consumer);
    } else {
      runInParallel(replications, workers, task, listener, consumer);
    }
  }

  private static <R> void runSequentially(
      int replications,
      IntFunction<? extends R> task,
      ProgressListener listener,
      Consumer<? super R> consumer) {
    for (int i = 0; i < replications; i++) {
      R result;
      try {
        result = task.apply(i);
      } catch (RuntimeException | Error e) {
        throw new ReplicationException(i, e);
      }
      listener.replicationDone(i + 1, replications);
      consumer.accept(result);
    }
  }

  private static <R> void runInParallel(
      int replications,
      int workers,
      IntFunction<? extends R> task,
      ProgressListener listener,
      Consumer<? super R> consumer) {
    BlockingQueue<Completion> completions = new LinkedBlockingQueue<>();
    AtomicInteger nextIndex = new AtomicInteger();
    AtomicBoolean failed = new AtomicBoolean();
    ExecutorService executor = Executors.newFixedThreadPool(workers, daemonThreads());
    try {
      for (int w = 0; w < workers; w++) {
        executor.execute(() -> work(replications, task, nextIndex, failed, completions));
      }
      OrderedDelivery<R> delivery = new OrderedDelivery<>(replications, consumer);
      for (int done = 1; done <= replications; done++) {
        Completion completion = take(completions);
        if (completion.error() != null) {
          failed.set(true);
          throw new ReplicationException(completion.index(), completion.error());
        }
        listener.replicationDone(done, replications);
        delivery.accept(completion.index(), completion.result());
      }
    } finally {
      failed.set(true);
      executor.shutdownNow();
    }
  }

  private static void work(
      int replications,
      IntFunction<?> task,
      AtomicInteger nextIndex,
      AtomicBoolean failed,
      BlockingQueue<Completion> completions) {
    while (!failed.get()) {
      int index = nextIndex.getAndIncrement();
      if (index >= replications) {
        return;
      }
      try {
        completions.add(new Completion(index, task.apply(index), null));
      } catch (RuntimeException | Error e) {
        failed.set(true);
        completions.add(new Completion(index, null, e));
        return;
      }
    }
  }

  private static Completion take(BlockingQueue<Completion> completions) {
    try {
      return completions.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for replications");
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "precinct-replication-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** A finished replication: its result, or the error that ended it. */
  private record Completion(int index, Object result, Throwable error) {}
}
