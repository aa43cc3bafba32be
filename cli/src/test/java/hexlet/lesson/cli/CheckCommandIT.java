package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.TestCourses;
import hexlet.lesson.engine.docker.ExampleCourses;
import hexlet.lesson.engine.docker.RequiresDocker;
import hexlet.lesson.engine.docker.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check command on the real engine. */
@RequiresDocker
class CheckCommandIT {
  private static Path course;

  @BeforeAll
  static void setUp(@TempDir Path dir) {
    course = ExampleCourses.copy("python-basics", dir);
    TestImages.of(new CourseLoader().load(course));
  }

  @Test
  void theExampleCourseKeepsTheRuleAndWritesEveryReport(@TempDir Path reports) throws Exception {
    var result =
        CliRunner.run(
            "check",
            course.toString(),
            "--jobs",
            "2",
            "--format",
            "json",
            "--report-dir",
            reports.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode summary = new ObjectMapper().readTree(result.out());
    assertThat(summary.path("status").asText()).isEqualTo("pass");
    assertThat(summary.path("lessons_checked").asInt()).isEqualTo(3);
    for (JsonNode lesson : summary.path("lessons")) {
      assertThat(lesson.path("reference").path("status").asText()).isEqualTo("pass");
      assertThat(lesson.path("starter").path("status").asText()).isNotEqualTo("pass");
      assertThat(lesson.path("reference").path("peak_memory_bytes").asLong()).isPositive();
    }
    assertThat(reports.resolve("10-basics/10-hello-world/reference.json")).exists();
    assertThat(reports.resolve("20-conditions/10-sign/starter.json")).exists();
    assertThat(reports.resolve("summary.json")).exists();
    assertThat(result.err()).contains("[3/3]");
  }

  @Test
  void aLessonWhoseStarterPassesBreaksTheCheck(@TempDir Path dir) throws Exception {
    Path broken = ExampleCourses.copy("python-basics", dir);
    TestCourses.write(
        broken.resolve("modules/10-basics/10-hello-world/solution.py"),
        "def hello():\n    return 'Hello, World!'\n# BEGIN\n# END\n");

    var result =
        CliRunner.run(
            "check", broken.toString(), "--lesson", "10-basics/10-hello-world", "--format", "text");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(result.out())
        .contains("10-basics/10-hello-world  pass")
        .contains("broken: 10-basics/10-hello-world: the starter passes")
        .contains("1 lesson checked, 1 broken");
    assertThat(Files.exists(broken.resolve(".hexlet-lesson/expected"))).isTrue();
  }

  @Test
  void markdownAndJUnitSummariesForCi() {
    var markdown =
        CliRunner.run(
            "check",
            course.toString(),
            "--lesson",
            "20-conditions/10-sign",
            "--format",
            "markdown");
    var junit =
        CliRunner.run(
            "check", course.toString(), "--lesson", "20-conditions/10-sign", "--format", "junit");

    assertThat(markdown.exitCode()).isZero();
    assertThat(markdown.out()).contains("| 20-conditions/10-sign | ✅ pass |");
    assertThat(junit.out())
        .contains("<testcase classname=\"20-conditions/10-sign\" name=\"reference passes\"")
        .contains("<testcase classname=\"20-conditions/10-sign\" name=\"starter does not pass\"");
  }
}
