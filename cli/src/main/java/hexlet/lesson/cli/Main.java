package hexlet.lesson.cli;

import hexlet.lesson.core.ToolException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/** Entry point. Only {@link #main} exits the JVM; tests call {@link #run} in process. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    boolean verbose =
        Arrays.asList(args).contains("-v") || Arrays.asList(args).contains("--verbose");
    Thread.setDefaultUncaughtExceptionHandler(new UncaughtFailures(System.err, verbose));
    StartupWarmup.begin(args);
    var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(out, err, System.getenv(), System.console() != null, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line with no terminal attached, as tests and pipes see it. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, System.getenv(), false, args);
  }

  public static int run(
      PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal, String... args) {
    boolean colorAllowed = !env.containsKey("NO_COLOR");
    var console = new Console(out, err, terminal, colorAllowed);
    var root = new HexletLesson(console, env);
    var cmd = new CommandLine(root);
    HexletLesson.addSubcommands(cmd, args);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setColorScheme(CommandLine.Help.defaultColorScheme(console.color() ? Ansi.ON : Ansi.OFF));
    cmd.setExecutionStrategy(
        parseResult -> {
          console.configure(root.global.verbose, root.global.quiet, root.global.noColor);
          return new CommandLine.RunLast().execute(parseResult);
        });
    cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, console));
    try {
      return cmd.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int handle(Exception ex, Console console) {
    PrintWriter err = console.err();
    if (ex instanceof ToolException tool) {
      err.println(console.paint("31", "error:") + " " + tool.getMessage());
      if (console.verbose()) {
        tool.printStackTrace(err);
      }
      return ExitCodes.of(tool.kind());
    }
    if (ex instanceof InterruptedException) {
      // Ctrl-C: the shutdown hook removes the run's containers; nothing here is a bug.
      err.println(
          console.paint("33", "interrupted:") + " stopped; the containers of this run are removed");
      if (console.verbose()) {
        ex.printStackTrace(err);
      }
      return ExitCodes.INTERRUPTED;
    }
    err.println(console.paint("31", "internal error:") + " " + ex);
    if (console.verbose()) {
      ex.printStackTrace(err);
    } else {
      err.println("This is a bug in hexlet-lesson; rerun with --verbose and report the trace.");
    }
    return ExitCodes.INTERNAL;
  }
}
