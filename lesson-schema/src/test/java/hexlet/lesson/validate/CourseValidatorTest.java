package hexlet.lesson.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hexlet.lesson.core.ToolException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseValidatorTest {
  @Test
  void theHexletShapedFixtureHasNoErrors() {
    var report =
        new CourseValidator()
            .validate(GoldenFindingsTest.GOLDEN.resolve("hexlet-javascript/course"));

    assertThat(report.errors()).as(report.findings().toString()).isZero();
    assertThat(report.lessons()).isEqualTo(4);
  }

  @Test
  void theExampleCourseHasNoFindingsAtAll() {
    var report = new CourseValidator().validate(Path.of("../examples/python-basics"));

    assertThat(report.findings()).isEmpty();
    assertThat(report.passes(true)).isTrue();
  }

  @Test
  void aFolderWithoutSpecIsNotACourse(@TempDir Path dir) {
    assertThatThrownBy(() -> new CourseValidator().validate(dir))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("spec.yml is missing")
        .extracting(e -> ((ToolException) e).kind())
        .isEqualTo(ToolException.Kind.INVALID_INPUT);
  }

  @Test
  void everyRuleIdIsShortKebabCase() {
    for (Rule rule : Rule.values()) {
      assertThat(rule.id()).matches("[a-z]+(-[a-z]+)*");
    }
  }

  @Test
  void findingsCarryTheRuleSeverity(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("spec.yml"), "language: {}\n");

    var report = new CourseValidator().validate(dir);

    assertThat(report.findings())
        .allSatisfy(
            f -> {
              Rule rule = Rule.valueOf(f.rule().toUpperCase().replace('-', '_'));
              assertThat(f.severity()).isEqualTo(rule.severity());
            });
    assertThat(report.findings()).extracting(Finding::rule).contains("missing-key", "no-lessons");
  }
}
