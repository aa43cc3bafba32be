package hexlet.lesson.junit;

/** The runner's exit codes; the host reads them together with the results file. */
final class ExitStatus {
  /** Every test passed (tests the author disabled count as skipped, not failed). */
  static final int PASSED = 0;

  /** At least one test failed. */
  static final int FAILED = 1;

  /** The command line or its inputs were wrong; nothing ran. */
  static final int USAGE = 2;

  /** The submission or the tests did not compile; the results hold one compile error. */
  static final int COMPILE = 3;

  /** The lesson has no JUnit tests and no test class with a {@code main} method. */
  static final int NO_TESTS = 4;

  /** The JVM was asked to exit (System.exit, a signal) before the tests finished. */
  static final int ENDED_EARLY = 5;

  /** A bug or an unusable environment (no compiler, unwritable results). */
  static final int INTERNAL = 70;

  private ExitStatus() {}
}
