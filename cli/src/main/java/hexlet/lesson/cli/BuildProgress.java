package hexlet.lesson.cli;

import java.util.function.Consumer;

/**
 * Shows a build as it goes: every line under --verbose; otherwise one line saying a build started,
 * so a quiet no-op build prints nothing extra and a long one is not silent.
 */
final class BuildProgress implements Consumer<String> {
  private final Console console;
  private boolean announced;

  BuildProgress(Console console) {
    this.console = console;
  }

  @Override
  public void accept(String line) {
    if (console.verbose()) {
      console.debug("  " + line);
    } else if (!announced) {
      announced = true;
      console.info("building the course image (the build's output with -v)...");
    }
  }
}
