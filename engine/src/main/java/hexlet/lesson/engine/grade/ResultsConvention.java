package hexlet.lesson.engine.grade;

/**
 * What the project's own runners (the pytest plugin, the Java JUnit runner, the node reporter)
 * agree to write into the JUnit XML beyond the usual elements, so the grader can tell a submission
 * that does not load from one whose tests fail. The junit-runner module keeps a copy of these
 * values (it runs inside lesson images and must not depend on the engine): keep them equal.
 */
public final class ResultsConvention {
  /**
   * The {@code type} attribute of the {@code <error>} of a single test case that says the
   * submission could not be loaded (syntax, import or compile error). Its message and text name the
   * learner's file and line as the learner sees them, such as {@code App.java:3:5}.
   */
  public static final String COMPILE_ERROR_TYPE = "hexlet-lesson:compile";

  /**
   * The {@code type} of the error of the test that was running when the program was asked to exit
   * (the learner's code called {@code System.exit}, or a signal came); tests that never started
   * follow as skipped.
   */
  public static final String ENDED_EARLY_TYPE = "hexlet-lesson:ended-early";

  /**
   * The {@code type} of the error of an extra test case that says the code under test changed the
   * test framework while the tests ran (replaced the functions that run a test, registered a
   * plugin, started another session); its message says what changed.
   */
  public static final String TAMPERED_TYPE = "hexlet-lesson:tampered";

  /** The {@code type} of the single error when the runner could not run the lesson at all. */
  public static final String RUNNER_ERROR_TYPE = "hexlet-lesson:runner";

  /**
   * The test-suite property that carries the results' signature under the key the grader gave the
   * runner for this run (see {@link ResultsSignature}), so that results written by anything else
   * are refused.
   */
  public static final String SIGNATURE_PROPERTY = "hexlet-lesson:signature";

  /** The environment variable that tells a test command where to write its JUnit XML. */
  public static final String RESULTS_ENV = "HEXLET_RESULTS";

  private ResultsConvention() {}
}
