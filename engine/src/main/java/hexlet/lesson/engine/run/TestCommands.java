package hexlet.lesson.engine.run;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.LanguageSpec;
import hexlet.lesson.grading.GradingConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Chooses the shell command that runs a lesson's tests, first found wins: the lesson's or course's
 * {@code grading.test_command}; {@code make test} when the lesson's Makefile has a {@code test}
 * target (how Hexlet's courses run); the language's default, such as {@code python3 -m pytest
 * test_solution.py}.
 */
public final class TestCommands {
  // A rule line naming "test" among its targets: "test:", "lint test:", not "test.py:" or "x := y".
  private static final Pattern TEST_TARGET =
      Pattern.compile("(?m)^(?:[^\\s:#=]+[ \\t]+)*test(?:[ \\t]+[^\\s:#=]+)*[ \\t]*::?(?!=)");

  private TestCommands() {}

  public static String choose(
      GradingConfig config, Path lessonDir, LanguageSpec spec, LanguageSupport support) {
    if (config.testCommand().isPresent()) {
      return config.testCommand().get();
    }
    if (makefileHasTestTarget(lessonDir)) {
      return "make test";
    }
    return support
        .defaultTestCommand(spec)
        .orElseThrow(
            () ->
                ToolException.invalidInput(
                    lessonDir
                        + ": no test command: give the lesson a Makefile with a `test` target, or"
                        + " set grading.test_command in spec.yml or lesson.yml"));
  }

  static boolean makefileHasTestTarget(Path lessonDir) {
    Optional<Path> makefile =
        java.util.stream.Stream.of("GNUmakefile", "makefile", "Makefile")
            .map(lessonDir::resolve)
            .filter(Files::isRegularFile)
            .findFirst();
    if (makefile.isEmpty()) {
      return false;
    }
    try {
      return TEST_TARGET.matcher(Files.readString(makefile.get())).find();
    } catch (IOException e) {
      throw ToolException.invalidInput(makefile.get() + ": cannot read: " + e.getMessage());
    }
  }
}
