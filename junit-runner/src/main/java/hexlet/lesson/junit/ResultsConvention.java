package hexlet.lesson.junit;

/**
 * What this runner agrees with the grader about the results it writes. Every constant but {@link
 * #RUN_CLASS_NAME} duplicates {@code hexlet.lesson.engine.grade.ResultsConvention} in the engine
 * module, which this jar must not depend on (it runs inside lesson containers); keep them equal.
 */
final class ResultsConvention {
  /** The {@code type} of the single error that says the submission did not compile. */
  static final String COMPILE_ERROR_TYPE = "hexlet-lesson:compile";

  /** The environment variable naming the results file when {@code --results} is not given. */
  static final String RESULTS_ENV = "HEXLET_RESULTS";

  /**
   * The {@code type} of the error given to the test that was running when the JVM began to exit.
   */
  static final String ENDED_EARLY_TYPE = "hexlet-lesson:ended-early";

  /** The {@code type} of the single error when the runner could not run the lesson at all. */
  static final String RUNNER_ERROR_TYPE = "hexlet-lesson:runner";

  /**
   * The testsuite property that carries the results' signature: the HMAC-SHA256, in lowercase hex,
   * of the whole document (this value empty) under the key read from {@code --nonce-file}.
   */
  static final String SIGNATURE_PROPERTY = "hexlet-lesson:signature";

  /** The {@code classname} of entries that stand for the whole run rather than one test. */
  static final String RUN_CLASS_NAME = "hexlet-lesson";

  private ResultsConvention() {}
}
