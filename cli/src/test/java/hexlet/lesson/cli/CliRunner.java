package hexlet.lesson.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the command line in process and keeps what it printed. */
record CliRunner(int exitCode, String out, String err) {
  static CliRunner run(String... args) {
    return runWith(Map.of(), args);
  }

  /** Runs with these environment variables (DOCKER_HOST, NO_COLOR, ...) instead of none. */
  static CliRunner runWith(Map<String, String> env, String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), env, false, args);
    return new CliRunner(code, out.toString(), err.toString());
  }
}
