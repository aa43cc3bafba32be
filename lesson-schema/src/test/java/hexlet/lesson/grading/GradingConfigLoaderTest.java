package hexlet.lesson.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hexlet.lesson.core.ToolException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradingConfigLoaderTest {
  @TempDir Path course;

  @Test
  void aHexletCourseWithoutTheBlockGetsTheDefaults() throws Exception {
    Files.writeString(course.resolve("spec.yml"), "language:\n  name: Python\n");

    var config = new GradingConfigLoader().load(course, course.resolve("modules/10-a/10-b"));

    assertThat(config).isEqualTo(GradingConfig.DEFAULTS);
  }

  @Test
  void theLessonOverridesTheCourseKeyByKey() throws Exception {
    Files.writeString(
        course.resolve("spec.yml"),
        """
        grading:
          test_command: make test
          limits: {time: 5s, memory: 256m}
          points: {test_a: 2}
        """);
    Path lesson = Files.createDirectories(course.resolve("modules/10-a/10-b"));
    Files.writeString(
        lesson.resolve("lesson.yml"),
        """
        grading:
          limits: {time: 1500ms}
          points: {test_b: 3}
          hidden_tests: [test_hidden.py]
        """);

    var config = new GradingConfigLoader().load(course, lesson);

    assertThat(config.testCommand()).contains("make test");
    assertThat(config.limits().wallTime()).isEqualTo(Duration.ofMillis(1500));
    assertThat(config.limits().memoryBytes()).isEqualTo(256L << 20);
    assertThat(config.limits().pids()).isEqualTo(Limits.DEFAULTS.pids());
    assertThat(config.pointsFor("test_a")).isEqualTo(2);
    assertThat(config.pointsFor("test_b")).isEqualTo(3);
    assertThat(config.pointsFor("other")).isEqualTo(1);
    assertThat(config.hiddenTests()).containsExactly("test_hidden.py");
  }

  @Test
  void aWrongSizeNamesTheFile() throws Exception {
    Files.writeString(course.resolve("spec.yml"), "grading:\n  limits: {memory: lots}\n");

    assertThatThrownBy(() -> new GradingConfigLoader().load(course, course))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("spec.yml:2:20: grading.limits.memory: 'lots' is not a size");
  }

  @Test
  void malformedYamlIsRefusedWithItsPosition() throws Exception {
    Files.writeString(course.resolve("spec.yml"), "grading:\n\tlimits: {}\n");

    assertThatThrownBy(() -> new GradingConfigLoader().load(course, course))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("spec.yml:2:");
  }

  @Test
  void aDuplicateKeyKeepsTheFirstValueAsValidateReportsIt() throws Exception {
    Files.writeString(
        course.resolve("spec.yml"), "grading:\n  test_command: first\n  test_command: second\n");

    assertThat(new GradingConfigLoader().load(course, course).testCommand()).contains("first");
  }
}
