package hexlet.lesson.text;

/**
 * Why a text file could not be read as text.
 *
 * @param line 1-based line of the problem, or 0 when it concerns the whole file
 * @param column 1-based column, or 0 with line 0
 */
public record TextProblem(Kind kind, int line, int column, String message) {
  /** What went wrong, so callers can pick a rule for it. */
  public enum Kind {
    /** The path is a folder, a device or a pipe, or could not be opened. */
    UNREADABLE,
    /** Larger than the reader's limit; not read past it. */
    TOO_LARGE,
    /** Not UTF-8, or binary data such as NUL bytes. */
    ENCODING
  }
}
