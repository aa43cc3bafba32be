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
  void theReadmeDocumentsEveryRuleWithItsSeverity() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));

    for (Rule rule : Rule.values()) {
      assertThat(readme).contains("| `%s` | %s |".formatted(rule.id(), rule.severity().label()));
    }
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

  @Test
  void aLessonWithOnlyHexletsOlderSingleFileTextIsUntranslatedNotBroken(@TempDir Path dir)
      throws Exception {
    Path course = dir.resolve("course");
    copyTree(GoldenFindingsTest.GOLDEN.resolve("hexlet-javascript/course"), course);
    Path lesson = course.resolve("modules/10-basics/10-hello-world");
    for (String locale : new String[] {"en", "ru"}) {
      try (var files = Files.walk(lesson.resolve(locale))) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }

    var report = new CourseValidator().validate(course);

    assertThat(report.errors()).isZero();
    assertThat(report.findings())
        .extracting(Finding::path, Finding::rule)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "modules/10-basics/10-hello-world/en", "missing-locale"),
            org.assertj.core.groups.Tuple.tuple(
                "modules/10-basics/10-hello-world/ru", "missing-locale"));
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (var paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }
}
