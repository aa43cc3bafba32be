package hexlet.lesson.engine.grade;

/**
 * One {@code <testcase>} of a JUnit XML document: the result for the report, plus the attributes of
 * its {@code <error>} or {@code <failure>} that {@link VerdictPolicy} reads to tell a submission
 * that does not load (the compile marker, pytest's collection failure) from a failing test.
 *
 * @param problemType the {@code type} attribute of its first error or failure, empty if none
 * @param problemMessage the {@code message} attribute of its first error or failure, empty if none
 */
public record JUnitTestCase(TestResult result, String problemType, String problemMessage) {}
