package hexlet.lesson.cli;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.engine.docker.DockerRuntime;
import hexlet.lesson.engine.image.CourseImages;
import hexlet.lesson.engine.run.SandboxRunner;
import hexlet.lesson.engine.runtime.ContainerOwner;
import hexlet.lesson.engine.runtime.LeftoverReaper;
import hexlet.lesson.engine.runtime.LiveContainers;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The engine as the commands use it: one Docker client (connected on first use), the containers
 * this process owns (removed on Ctrl-C), and the leftovers of killed graders reaped at the start.
 */
final class EngineSession implements AutoCloseable {
  private final DockerRuntime runtime;
  private final LiveContainers live;
  private final ContainerOwner owner = ContainerOwner.current();
  private final Clock clock = Clock.systemUTC();
  private CompletableFuture<Integer> reaping;

  EngineSession(Map<String, String> env, int parallelRuns) {
    this.runtime = DockerRuntime.fromEnvironment(env, Math.max(4, parallelRuns * 2 + 2));
    this.live = new LiveContainers(runtime);
  }

  DockerRuntime runtime() {
    return runtime;
  }

  Clock clock() {
    return clock;
  }

  CourseImages images() {
    return new CourseImages(runtime, clock);
  }

  LiveContainers live() {
    return live;
  }

  ContainerOwner owner() {
    return owner;
  }

  /** Removes leftovers of killed graders; returns how many. */
  private int reapLeftovers() {
    return new LeftoverReaper(runtime, owner, clock).reap();
  }

  /**
   * Starts reaping leftovers while the caller prepares its run; {@link #awaitReaping} before the
   * first container, so a failure to reach the engine surfaces there.
   */
  void startReaping() {
    reaping = CompletableFuture.supplyAsync(this::reapLeftovers);
  }

  /** Lets reaping finish even when the command failed first, so leftovers never outlive a start. */
  private void awaitReapingQuietly() {
    try {
      awaitReaping();
    } catch (RuntimeException e) {
      // The command's own failure is what gets reported.
    }
  }

  void awaitReaping() {
    if (reaping == null) {
      return;
    }
    try {
      reaping.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  SandboxRunner runner() {
    return new SandboxRunner(runtime, live, owner);
  }

  /**
   * A runner whose containers run with the engine's runtime {@code ociRuntime} (--runtime), checked
   * first against the runtimes the engine has.
   */
  SandboxRunner runner(Optional<String> ociRuntime) {
    if (ociRuntime.isPresent()) {
      Set<String> known = runtime.ociRuntimes();
      if (!known.contains(ociRuntime.get())) {
        throw ToolException.environment(
            "the Docker engine has no runtime '"
                + ociRuntime.get()
                + "' (--runtime); it has "
                + String.join(", ", new TreeSet<>(known))
                + ". A runtime such as gVisor's runsc is installed on the engine's machine and"
                + " registered under \"runtimes\" in the engine's daemon.json.",
            null);
      }
    }
    return new SandboxRunner(runtime, live, owner, ociRuntime);
  }

  @Override
  public void close() {
    awaitReapingQuietly();
    live.removeAll();
    if (!shuttingDown()) {
      // During Ctrl-C the shutdown hook is still removing containers through this client.
      runtime.close();
    }
  }

  private static boolean shuttingDown() {
    Thread probe = new Thread(() -> {});
    try {
      Runtime.getRuntime().addShutdownHook(probe);
      Runtime.getRuntime().removeShutdownHook(probe);
      return false;
    } catch (IllegalStateException e) {
      return true;
    }
  }
}
