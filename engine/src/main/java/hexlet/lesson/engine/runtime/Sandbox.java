package hexlet.lesson.engine.runtime;

import java.util.Map;
import java.util.Optional;

/**
 * The isolation of a container. Always: no network, a read-only root filesystem, every capability
 * dropped, no new privileges, no core dumps, no logs kept by the engine. The numbers vary.
 *
 * @param memoryBytes memory limit; swap is set equal to it, so the container gets no swap
 * @param pids most processes at once
 * @param nanoCpus CPU time in billionths of a CPU
 * @param tmpfs writable in-memory mounts: path to mount options (size, uid, ...)
 * @param openFiles the nofile ulimit
 * @param fileSizeBytes the fsize ulimit: largest file a process may write
 * @param ociRuntime the runtime the engine runs the container with, such as gVisor's {@code runsc}
 *     for a stronger boundary than the shared kernel; empty for the engine's default
 */
public record Sandbox(
    long memoryBytes,
    long pids,
    long nanoCpus,
    Map<String, String> tmpfs,
    long openFiles,
    long fileSizeBytes,
    Optional<String> ociRuntime) {
  public Sandbox {
    tmpfs = Map.copyOf(tmpfs);
  }

  /** A sandbox run by the engine's default runtime. */
  public Sandbox(
      long memoryBytes,
      long pids,
      long nanoCpus,
      Map<String, String> tmpfs,
      long openFiles,
      long fileSizeBytes) {
    this(memoryBytes, pids, nanoCpus, tmpfs, openFiles, fileSizeBytes, Optional.empty());
  }
}
