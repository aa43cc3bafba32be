package hexlet.lesson.cli;

import java.io.IOException;
import java.io.PrintStream;

/**
 * What a thread that dies of an exception prints, instead of the JVM's stack trace. The engine
 * client's stream threads die of an I/O error when a run's streams are closed under them, as when a
 * stopped run's container is removed before its files went in: that is expected and stays quiet.
 * Anything else is a bug: one line, and the stack trace only with --verbose.
 */
final class UncaughtFailures implements Thread.UncaughtExceptionHandler {
  private static final String ENGINE_CLIENT_THREADS = "docker-java-";

  private final PrintStream err;
  private final boolean verbose;

  UncaughtFailures(PrintStream err, boolean verbose) {
    this.err = err;
    this.verbose = verbose;
  }

  @Override
  public void uncaughtException(Thread thread, Throwable failure) {
    if (thread.getName().startsWith(ENGINE_CLIENT_THREADS) && causedByIo(failure)) {
      return;
    }
    err.println(
        "internal error: "
            + failure
            + " in thread "
            + thread.getName()
            + " (rerun with --verbose)");
    if (verbose) {
      failure.printStackTrace(err);
    }
  }

  private static boolean causedByIo(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
    }
    return false;
  }
}
