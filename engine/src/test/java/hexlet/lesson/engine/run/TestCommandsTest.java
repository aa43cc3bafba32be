package hexlet.lesson.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.LanguageSpec;
import hexlet.lesson.engine.TestCourses;
import hexlet.lesson.grading.GradingConfig;
import hexlet.lesson.grading.Limits;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandsTest {
  private static final LanguageSpec PYTHON =
      new LanguageSpec("Python", null, "py", "solution.py", "test_solution.py", null, null);
  private static final LanguageSpec RUBY =
      new LanguageSpec("Ruby", null, "rb", "solution.rb", "solution_test.rb", null, null);

  @TempDir Path lesson;

  @Test
  void theGradingBlockWinsOverTheMakefile() {
    TestCourses.write(lesson.resolve("Makefile"), "test:\n\tpytest\n");
    var config =
        new GradingConfig(
            Optional.of("./run-tests.sh"), Optional.empty(), Limits.DEFAULTS, Map.of(), List.of());

    assertThat(choose(config, PYTHON)).isEqualTo("./run-tests.sh");
  }

  @Test
  void aMakefileTestTargetIsHowHexletRunsTests() {
    TestCourses.write(lesson.resolve("Makefile"), "lint test: deps\n\t@pytest\n");

    assertThat(choose(GradingConfig.DEFAULTS, PYTHON)).isEqualTo("make test");
  }

  @Test
  void otherTargetsAndVariablesDoNotCount() {
    TestCourses.write(lesson.resolve("Makefile"), "test.py: x\ntest := 1\ntests:\n\tpytest\n");

    assertThat(choose(GradingConfig.DEFAULTS, PYTHON))
        .isEqualTo("python3 -m pytest 'test_solution.py'");
  }

  @Test
  void aLanguageWithoutDefaultNeedsACommand() {
    assertThatThrownBy(() -> choose(GradingConfig.DEFAULTS, RUBY))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("no test command");
  }

  private String choose(GradingConfig config, LanguageSpec spec) {
    return TestCommands.choose(config, lesson, spec, LanguageSupport.of(spec));
  }
}
