package hexlet.lesson.cli;

import hexlet.lesson.core.ToolException;
import picocli.CommandLine.Option;

/** {@code -j/--jobs N} for commands that run containers side by side. */
final class JobsOption {
  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Containers run at once (default: the number of CPU cores).")
  int jobs = Runtime.getRuntime().availableProcessors();

  int value() {
    if (jobs < 1) {
      throw new ToolException(ToolException.Kind.USAGE, "--jobs must be at least 1, not " + jobs);
    }
    return jobs;
  }
}
