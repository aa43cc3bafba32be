package hexlet.lesson.engine.grade;

/**
 * One {@code <testcase>} of a JUnit XML document: the result for the report, plus what {@link
 * VerdictPolicy} reads to tell a submission that does not load (the compile marker, pytest's
 * collection failure) from a failing test, and a test the author disabled from one that ran.
 *
 * @param problemType the {@code type} attribute of its first error or failure, empty if none
 * @param problemMessage the {@code message} attribute of its first error or failure, empty if none
 * @param skipped it has {@code <skipped>} and no error or failure; its result is {@code fail}
 */
public record JUnitTestCase(
    TestResult result, String problemType, String problemMessage, boolean skipped) {}
