package hexlet.lesson.engine.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for container runs that never interrupt a run: interrupting one while the engine creates
 * its container would leave that container behind. Closing the pool drops the runs not started and
 * waits for those under way to finish and remove their containers.
 */
public final class RunPool implements AutoCloseable {
  private static final long CLOSE_WAIT_MINUTES = 10;

  private final ThreadPoolExecutor threads;

  public RunPool(String name, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("a pool needs at least one thread, not " + size);
    }
    AtomicInteger count = new AtomicInteger();
    this.threads =
        new ThreadPoolExecutor(
            size,
            size,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  public <T> Future<T> submit(Callable<T> run) {
    return threads.submit(run);
  }

  @Override
  public void close() {
    List<Runnable> unstarted = new ArrayList<>();
    threads.getQueue().drainTo(unstarted);
    // submit() queues FutureTasks: cancelling them tells whoever waits on one that it never ran.
    unstarted.forEach(task -> ((Future<?>) task).cancel(false));
    threads.shutdown();
    try {
      threads.awaitTermination(CLOSE_WAIT_MINUTES, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
