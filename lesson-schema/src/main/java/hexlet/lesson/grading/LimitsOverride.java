package hexlet.lesson.grading;

import java.time.Duration;

/** Limits as written in a course or lesson file, or given as flags: null means "not set here". */
public record LimitsOverride(
    Duration wallTime,
    Long memoryBytes,
    Long pids,
    Double cpus,
    Long outputBytes,
    Long tmpfsBytes) {
  public static final LimitsOverride NONE = new LimitsOverride(null, null, null, null, null, null);
}
