package hexlet.lesson.engine.run;

import hexlet.lesson.course.LanguageSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JavaScript lessons: tests written for node's built-in test runner ({@code node:test}) run through
 * the project's launcher ({@code hexlet-test.mjs}), sent in with each run. It drives node's runner
 * programmatically (node 18.9 or newer, as in Debian bookworm) and writes JUnit XML signed with the
 * run's secret, with a test file that cannot load reported as a compile error and one whose process
 * exited before reporting its tests as ended early.
 */
final class JavaScriptSupport implements LanguageSupport {
  static final String DIR = "javascript";
  static final String LAUNCHER = "hexlet-test.mjs";

  private static final byte[] LAUNCHER_BYTES = resource(DIR + "/" + LAUNCHER);

  @Override
  public List<SandboxFile> supportFiles() {
    return List.of(new SandboxFile(DIR + "/" + LAUNCHER, LAUNCHER_BYTES, false));
  }

  @Override
  public Map<String, String> environment(Map<String, String> imageEnv) {
    return Map.of();
  }

  @Override
  public boolean signsResults() {
    return true;
  }

  @Override
  public Optional<String> defaultTestCommand(LanguageSpec spec) {
    String tests = spec.exerciseTestFilename();
    return Optional.of(
        "node "
            + SUPPORT_DIR
            + "/"
            + DIR
            + "/"
            + LAUNCHER
            + " "
            + Shell.quote(tests == null || tests.isBlank() ? "test.js" : tests));
  }

  private static byte[] resource(String name) {
    try (InputStream in = JavaScriptSupport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
