package hexlet.lesson.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: access to the console, and an exit code from {@link #run}. */
abstract class BaseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  protected Console console() {
    return ((HexletLesson) spec.root().userObject()).console();
  }

  protected Map<String, String> env() {
    return ((HexletLesson) spec.root().userObject()).env();
  }

  @Override
  public final Integer call() throws Exception {
    return run();
  }

  /** Does the command's work and returns its exit code; failures are thrown as ToolException. */
  protected abstract int run() throws Exception;
}
