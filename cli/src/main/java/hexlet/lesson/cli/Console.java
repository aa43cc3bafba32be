package hexlet.lesson.cli;

import java.io.PrintWriter;

/**
 * Where a command writes and how: the two streams, whether colour is wanted, and how chatty to be.
 * Passed around instead of static flags so tests can capture everything.
 */
public final class Console {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;
  private boolean verbose;
  private boolean quiet;
  private boolean color;

  public Console(PrintWriter out, PrintWriter err, boolean terminal, boolean colorAllowed) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.color = terminal && colorAllowed;
  }

  public PrintWriter out() {
    return out;
  }

  public PrintWriter err() {
    return err;
  }

  /** Whether standard output is an interactive terminal (progress bars, colour). */
  public boolean terminal() {
    return terminal;
  }

  public boolean verbose() {
    return verbose;
  }

  public boolean quiet() {
    return quiet;
  }

  public boolean color() {
    return color;
  }

  void configure(boolean verbose, boolean quiet, boolean noColor) {
    this.verbose = verbose;
    this.quiet = quiet;
    if (noColor) {
      this.color = false;
    }
  }

  /** Wraps text in an ANSI colour when colour is on; {@code code} is an SGR number like "31". */
  public String paint(String code, String text) {
    return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }

  /** A progress or status line for people; dropped under --quiet. */
  public void info(String line) {
    if (!quiet) {
      err.println(line);
      err.flush();
    }
  }

  /** Detail shown only under --verbose. */
  public void debug(String line) {
    if (verbose) {
      err.println(line);
      err.flush();
    }
  }
}
