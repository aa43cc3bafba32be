package hexlet.lesson.junit;

/**
 * One entry of the results: a test and how it ended, built from the runner's own observations.
 *
 * @param className the test's class, or {@link ResultsConvention#RUN_CLASS_NAME} for run-level
 *     entries
 * @param name the test's display name below its class, unique within the class
 * @param type for a failure the exception's class name, for an error one of the convention's types
 * @param message one-line-ish summary, empty when passed
 * @param details stack trace or compiler output, empty when passed
 */
record TestOutcome(
    String className,
    String name,
    Status status,
    String type,
    String message,
    String details,
    String stdout,
    String stderr,
    long durationMs) {

  enum Status {
    PASSED,
    FAILED,
    ERROR,
    SKIPPED
  }

  static TestOutcome runError(String name, String type, String message, String details) {
    return new TestOutcome(
        ResultsConvention.RUN_CLASS_NAME, name, Status.ERROR, type, message, details, "", "", 0);
  }

  TestOutcome withName(String newName) {
    return new TestOutcome(
        className, newName, status, type, message, details, stdout, stderr, durationMs);
  }
}
