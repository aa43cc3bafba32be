package hexlet.lesson.engine.grade;

/**
 * What the project's own runners (the pytest plugin, the Java JUnit runner, the node reporter)
 * agree to write into the JUnit XML beyond the usual elements, so the grader can tell a submission
 * that does not load from one whose tests fail.
 */
public final class ResultsConvention {
  /**
   * The {@code type} attribute of the {@code <error>} of a single test case that says the
   * submission could not be loaded (syntax, import or compile error). Its message and text name the
   * learner's file and line as the learner sees them, such as {@code App.java:3:5}.
   */
  public static final String COMPILE_ERROR_TYPE = "hexlet-lesson:compile";

  /** The environment variable that tells a test command where to write its JUnit XML. */
  public static final String RESULTS_ENV = "HEXLET_RESULTS";

  private ResultsConvention() {}
}
