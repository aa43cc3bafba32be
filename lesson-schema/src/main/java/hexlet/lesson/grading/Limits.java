package hexlet.lesson.grading;

import java.time.Duration;

/**
 * The limits of one graded run. The defaults follow Hexlet's and Exercism's runners: 10 s wall
 * time, 512 MiB memory (swap equal to it, so no swap), 256 processes, one CPU, 1 MiB of output
 * kept, 64 MiB for each writable tmpfs.
 */
public record Limits(
    Duration wallTime,
    long memoryBytes,
    long pids,
    double cpus,
    long outputBytes,
    long tmpfsBytes) {

  public static final Limits DEFAULTS =
      new Limits(Duration.ofSeconds(10), 512L << 20, 256, 1.0, 1L << 20, 64L << 20);

  /** These limits with every value that {@code override} sets replacing the one here. */
  public Limits with(LimitsOverride override) {
    return new Limits(
        override.wallTime() != null ? override.wallTime() : wallTime,
        override.memoryBytes() != null ? override.memoryBytes() : memoryBytes,
        override.pids() != null ? override.pids() : pids,
        override.cpus() != null ? override.cpus() : cpus,
        override.outputBytes() != null ? override.outputBytes() : outputBytes,
        override.tmpfsBytes() != null ? override.tmpfsBytes() : tmpfsBytes);
  }

  /**
   * The record's usual form, written out: the generated one is bootstrapped through method handles
   * at its first call, which a grade (it keys its cache of expected tests with it) paid for at
   * every start.
   */
  @Override
  public String toString() {
    return "Limits[wallTime="
        + wallTime
        + ", memoryBytes="
        + memoryBytes
        + ", pids="
        + pids
        + ", cpus="
        + cpus
        + ", outputBytes="
        + outputBytes
        + ", tmpfsBytes="
        + tmpfsBytes
        + "]";
  }
}
