package hexlet.lesson.engine.runtime;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The containers this process has created and not yet removed. On shutdown (Ctrl-C, SIGTERM) each
 * one still listed is removed, so an interrupted grader leaves nothing running.
 */
public final class LiveContainers {
  private final ContainerRuntime runtime;
  private final Set<String> ids = ConcurrentHashMap.newKeySet();
  private volatile boolean hookInstalled;

  public LiveContainers(ContainerRuntime runtime) {
    this.runtime = runtime;
  }

  public void add(String id) {
    installHook();
    ids.add(id);
  }

  /** Removes the container and forgets it. */
  public void remove(String id) {
    try {
      runtime.remove(id);
    } finally {
      ids.remove(id);
    }
  }

  /** Removes every container still listed; what the shutdown hook does. */
  public void removeAll() {
    for (String id : List.copyOf(ids)) {
      try {
        remove(id);
      } catch (RuntimeException e) {
        // Shutting down: the next start reaps what could not be removed now.
      }
    }
  }

  public Set<String> ids() {
    return Set.copyOf(ids);
  }

  private synchronized void installHook() {
    if (!hookInstalled) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(this::removeAll, "hexlet-lesson-container-cleanup"));
      hookInstalled = true;
    }
  }
}
