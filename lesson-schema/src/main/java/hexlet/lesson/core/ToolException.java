package hexlet.lesson.core;

/**
 * A failure the user can act on. It carries the kind of failure so the command line can turn it
 * into the documented exit code in one place; the message is shown as it is, without a stack trace.
 */
public class ToolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, in the terms of the documented exit codes. */
  public enum Kind {
    /** Findings or failed tests: exit 1. */
    FINDINGS,
    /** The command line itself is wrong: exit 2. */
    USAGE,
    /** Unreadable or invalid input: exit 3. */
    INVALID_INPUT,
    /** Something outside the tool is missing, such as the Docker engine or an image: exit 4. */
    ENVIRONMENT,
    /** A bug in the tool: exit 70. */
    INTERNAL
  }

  private final Kind kind;

  public ToolException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public ToolException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  public static ToolException invalidInput(String message) {
    return new ToolException(Kind.INVALID_INPUT, message);
  }

  public static ToolException environment(String message, Throwable cause) {
    return new ToolException(Kind.ENVIRONMENT, message, cause);
  }
}
