package hexlet.lesson.cli;

import hexlet.lesson.core.ToolException;

/** The documented exit codes, and the one place that maps a failure's kind to its code. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FINDINGS = 1;
  public static final int USAGE = 2;
  public static final int INVALID_INPUT = 3;
  public static final int ENVIRONMENT = 4;
  public static final int INTERNAL = 70;

  /** Stopped by Ctrl-C (SIGINT), as shells report it: 128 + 2. */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}

  public static int of(ToolException.Kind kind) {
    return switch (kind) {
      case FINDINGS -> FINDINGS;
      case USAGE -> USAGE;
      case INVALID_INPUT -> INVALID_INPUT;
      case ENVIRONMENT -> ENVIRONMENT;
      case INTERNAL -> INTERNAL;
    };
  }
}
