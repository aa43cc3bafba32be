package hexlet.lesson.engine.runtime;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates containers and remembers them until they are removed. On shutdown (Ctrl-C, SIGTERM) every
 * one still remembered is removed; creations under way are waited for, and none starts after, so an
 * interrupted grader leaves nothing behind.
 */
public final class LiveContainers {
  private static final long CREATION_WAIT_MILLIS = 10_000;

  private final ContainerRuntime runtime;
  private final Set<String> ids = new LinkedHashSet<>();
  private int creating;
  private boolean closed;
  private boolean hookInstalled;

  public LiveContainers(ContainerRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Creates a container and remembers it.
   *
   * @throws IllegalStateException when shutdown has begun
   */
  public String create(ContainerSpec spec) {
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("shutting down: no more containers");
      }
      installHook();
      creating++;
    }
    try {
      String id = runtime.create(spec);
      synchronized (this) {
        if (!closed) {
          ids.add(id);
          return id;
        }
      }
      // Shutdown began while the engine created it: still counted as being created, so the hook
      // waits while it is removed here.
      runtime.remove(id);
      throw new IllegalStateException("shutting down: no more containers");
    } finally {
      synchronized (this) {
        creating--;
        notifyAll();
      }
    }
  }

  /** Removes the container and forgets it. */
  public void remove(String id) {
    try {
      runtime.remove(id);
    } finally {
      synchronized (this) {
        ids.remove(id);
      }
    }
  }

  /** Removes every container still remembered; what the shutdown hook does. */
  public void removeAll() {
    List<String> left;
    synchronized (this) {
      long deadline = System.currentTimeMillis() + CREATION_WAIT_MILLIS;
      while (creating > 0 && System.currentTimeMillis() < deadline) {
        try {
          wait(Math.max(1, deadline - System.currentTimeMillis()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      left = List.copyOf(ids);
    }
    for (String id : left) {
      try {
        remove(id);
      } catch (RuntimeException e) {
        // Shutting down: the next start reaps what could not be removed now.
      }
    }
  }

  /** Whether shutdown has begun: runs that end now were cut short and have no outcome. */
  public synchronized boolean shuttingDown() {
    return closed;
  }

  public synchronized Set<String> ids() {
    return Set.copyOf(ids);
  }

  private void shutdown() {
    synchronized (this) {
      closed = true;
    }
    removeAll();
  }

  private void installHook() {
    if (!hookInstalled) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(this::shutdown, "hexlet-lesson-container-cleanup"));
      hookInstalled = true;
    }
  }
}
