package hexlet.lesson.engine.grade;

/**
 * One test's outcome, as in Exercism's results v3.
 *
 * @param message the failure or error message, empty when the test passed
 * @param output what the test printed, capped
 */
public record TestResult(
    String name, TestStatus status, String message, String output, long durationMs) {}
