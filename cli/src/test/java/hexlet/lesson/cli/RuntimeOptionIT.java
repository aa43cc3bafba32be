package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.docker.ExampleCourses;
import hexlet.lesson.engine.docker.RequiresDocker;
import hexlet.lesson.engine.docker.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --runtime on the real engine: passed to every container, and refused when the engine lacks it.
 */
@RequiresDocker
class RuntimeOptionIT {
  private static final String LESSON = "10-basics/20-greeting";
  private static Path course;
  private static Path right;
  private static Path submissions;

  @BeforeAll
  static void setUp(@TempDir Path dir) throws Exception {
    course = ExampleCourses.copy("python-basics", dir.resolve("course"));
    TestImages.of(new CourseLoader().load(course));
    right =
        Files.writeString(
            dir.resolve("right.py"), "def greet(name):\n    return f'Hello, {name}!'\n");
    submissions = Files.createDirectories(dir.resolve("cohort/ada"));
    Files.copy(right, submissions.resolve("solution.py"));
  }

  @Test
  void theEnginesDefaultRuntimeNamedGradesAsWithout() {
    var result =
        CliRunner.run(
            "grade",
            LESSON,
            "--course",
            course.toString(),
            "--solution",
            right.toString(),
            "--runtime",
            "runc");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("PASS");
  }

  @Test
  void aRuntimeTheEngineLacksIsAnEnvironmentErrorBeforeAnyContainer() {
    Instant since = Instant.now();
    List<List<String>> commands =
        List.of(
            List.of("grade", LESSON, "--course", course.toString(), "--solution", right.toString()),
            List.of("check", course.toString()),
            List.of(
                "grade-batch",
                LESSON,
                "--course",
                course.toString(),
                "--submissions",
                submissions.getParent().toString(),
                "--report-dir",
                submissions.getParent().resolveSibling("reports").toString()));

    for (List<String> command : commands) {
      String[] args =
          Stream.concat(command.stream(), Stream.of("--runtime", "no-such-runtime"))
              .toArray(String[]::new);
      var result = CliRunner.run(args);

      assertThat(result.exitCode())
          .as(command.get(0) + ": " + result.err())
          .isEqualTo(ExitCodes.ENVIRONMENT);
      assertThat(result.err())
          .contains("the Docker engine has no runtime 'no-such-runtime' (--runtime); it has ")
          .contains("runc")
          .doesNotContain("\tat ", "Exception");
    }
    assertThat(new Leftovers().containersCreatedSince(since)).isEmpty();
  }
}
