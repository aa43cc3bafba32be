package hexlet.lesson.engine.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The process that created a container, written into the container's labels so that the leftovers
 * of a grader that was killed can be told from the containers of one still running.
 *
 * @param bootId the machine's boot id ({@code unknown} where the system has none)
 * @param pid the process id
 * @param startMillis when the process started, so a reused pid is not mistaken for its owner
 */
public record ContainerOwner(String bootId, long pid, long startMillis) {
  /** Present on every container the engine creates. */
  public static final String MARK = "hexlet-lesson";

  public static final String OWNER = "hexlet-lesson.owner";

  private static final Path BOOT_ID = Path.of("/proc/sys/kernel/random/boot_id");

  public static ContainerOwner current() {
    ProcessHandle self = ProcessHandle.current();
    return new ContainerOwner(
        machineBootId(),
        self.pid(),
        self.info().startInstant().map(Instant::toEpochMilli).orElse(0L));
  }

  public Map<String, String> labels() {
    return Map.of(MARK, "1", OWNER, bootId + "/" + pid + "/" + startMillis);
  }

  /** The owner named by a container's labels, if they name one. */
  public static Optional<ContainerOwner> of(Map<String, String> labels) {
    String value = labels.get(OWNER);
    if (value == null) {
      return Optional.empty();
    }
    String[] parts = value.split("/");
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new ContainerOwner(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2])));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Whether this owner is a process running now on this machine. */
  public boolean isRunningHere(ContainerOwner self) {
    if (!bootId.equals(self.bootId)) {
      return false;
    }
    return ProcessHandle.of(pid)
        .flatMap(p -> p.info().startInstant())
        .map(start -> start.toEpochMilli() == startMillis)
        .orElse(false);
  }

  private static String machineBootId() {
    try {
      return Files.readString(BOOT_ID).trim();
    } catch (IOException | UnsupportedOperationException e) {
      return "unknown";
    }
  }
}
