package hexlet.lesson.engine.grade;

/**
 * The JUnit XML of a run cannot be trusted as results: it is not well-formed, declares a DOCTYPE,
 * is too large, or names a test twice. {@link VerdictPolicy} turns it into {@code error: tampered}
 * for a learner's run and {@code error: runner} for the reference run.
 */
public final class InvalidResultsException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidResultsException(String message) {
    super(message);
  }

  public InvalidResultsException(String message, Throwable cause) {
    super(message, cause);
  }
}
