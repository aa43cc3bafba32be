package hexlet.lesson.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command takes, before or after the subcommand's name. */
public final class GlobalOptions {
  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Show details of what happens, and stack traces of internal errors.")
  boolean verbose;

  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT,
      description = "Print only results and errors, no progress.")
  boolean quiet;

  @Option(
      names = "--no-color",
      scope = ScopeType.INHERIT,
      description = "Never colour the output (NO_COLOR in the environment does the same).")
  boolean noColor;
}
