package hexlet.lesson.engine.run;

import hexlet.lesson.course.LanguageSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JavaScript lessons: tests written for node's built-in test runner ({@code node:test}; node 18.20,
 * as in Debian bookworm, or newer) run in one node process through the project's entry ({@code
 * hexlet-run.cjs}) and reporter ({@code hexlet-reporter.cjs}), sent in with each run. The reporter
 * is loaded with {@code --require} before any test file or learner code, and is also node's test
 * reporter: it takes the run's key, freezes {@code node:assert} and {@code node:test}, has the
 * lesson's CommonJS files compiled from their text as it was before learner code ran, and writes
 * JUnit XML signed with the key, with a test file that cannot load reported as a compile error and
 * a process that ended before its tests as ended early. No test runs in a child process whose
 * report learner code could forge.
 */
final class JavaScriptSupport implements LanguageSupport {
  static final String DIR = "javascript";
  static final String REPORTER = "hexlet-reporter.cjs";
  static final String ENTRY = "hexlet-run.cjs";

  private static final List<SandboxFile> FILES =
      List.of(
          new SandboxFile(DIR + "/" + REPORTER, PackagedFile.bytes(DIR + "/" + REPORTER), false),
          new SandboxFile(DIR + "/" + ENTRY, PackagedFile.bytes(DIR + "/" + ENTRY), false));

  @Override
  public List<SandboxFile> supportFiles() {
    return FILES;
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
    String reporter = Shell.quote(SUPPORT_DIR + "/" + DIR + "/" + REPORTER);
    return Optional.of(
        "node --require "
            + reporter
            + " --test-reporter="
            + reporter
            + " --test-reporter-destination=stderr "
            + Shell.quote(SUPPORT_DIR + "/" + DIR + "/" + ENTRY)
            + " "
            + Shell.quote(tests == null || tests.isBlank() ? "test.js" : tests));
  }
}
