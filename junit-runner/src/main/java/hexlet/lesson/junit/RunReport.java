package hexlet.lesson.junit;

import java.util.List;

/**
 * What one run of the runner produced: the results entries and the exit code that goes with them.
 */
record RunReport(List<TestOutcome> tests, int exitCode) {
  RunReport {
    tests = List.copyOf(tests);
  }

  /** The report of a run whose every test was recorded: exit code from the outcomes. */
  static RunReport of(List<TestOutcome> tests) {
    if (tests.isEmpty()) {
      return new RunReport(tests, ExitStatus.NO_TESTS);
    }
    boolean failed =
        tests.stream()
            .anyMatch(
                t ->
                    t.status() != TestOutcome.Status.PASSED
                        && t.status() != TestOutcome.Status.SKIPPED);
    return new RunReport(tests, failed ? ExitStatus.FAILED : ExitStatus.PASSED);
  }

  static RunReport runError(int exitCode, String message) {
    return new RunReport(
        List.of(
            TestOutcome.runError("runner", ResultsConvention.RUNNER_ERROR_TYPE, message, message)),
        exitCode);
  }

  long count(TestOutcome.Status status) {
    return tests.stream().filter(t -> t.status() == status).count();
  }

  /** A line for people reading the run's log. */
  String summary() {
    return String.format(
        "%d tests: %d passed, %d failed, %d errors, %d skipped (exit %d)",
        tests.size(),
        count(TestOutcome.Status.PASSED),
        count(TestOutcome.Status.FAILED),
        count(TestOutcome.Status.ERROR),
        count(TestOutcome.Status.SKIPPED),
        exitCode);
  }
}
