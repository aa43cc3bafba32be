package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.docker.ExampleCourses;
import hexlet.lesson.engine.docker.RequiresDocker;
import hexlet.lesson.engine.docker.TestImages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grade command on the real engine, in every report format. */
@RequiresDocker
class GradeCommandIT {
  private static final String LESSON = "10-basics/20-greeting";
  private static Path course;
  private static Path solutions;

  @BeforeAll
  static void setUp(@TempDir Path dir) throws Exception {
    course = ExampleCourses.copy("python-basics", dir.resolve("course"));
    TestImages.of(new CourseLoader().load(course));
    solutions = Files.createDirectories(dir.resolve("solutions"));
    Files.writeString(
        solutions.resolve("right.py"), "def greet(name):\n    return f'Hello, {name}!'\n");
    Files.writeString(
        solutions.resolve("wrong.py"), "def greet(name):\n    return 'Hello, Ada!'\n");
    Files.writeString(
        solutions.resolve("crash.py"), "def greet(name):\n    raise ValueError('boom')\n");
    Files.writeString(solutions.resolve("syntax.py"), "def greet(name)\n    return 1\n");
    Files.writeString(
        solutions.resolve("loop.py"), "def greet(name):\n    while True:\n        pass\n");
  }

  @Test
  void theRightSolutionPassesWithExitZero() {
    var result = grade("right.py", "--format", "text");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("PASS  test_solution.test_greets_by_name")
        .contains("Score 2/2");
  }

  @Test
  void aWrongSolutionFailsWithExitOneAndAJsonReport() throws Exception {
    var result = grade("wrong.py", "--format", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    JsonNode report = new ObjectMapper().readTree(result.out());
    assertThat(report.path("status").asText()).isEqualTo("fail");
    assertThat(report.path("lesson").asText()).isEqualTo(LESSON);
    assertThat(report.path("score").asInt()).isEqualTo(1);
    assertThat(report.path("max_score").asInt()).isEqualTo(2);
    assertThat(report.path("tests")).hasSize(2);
    assertThat(report.path("provenance").path("image_id").asText()).startsWith("sha256:");
    assertThat(report.path("limits").path("memory_bytes").asLong()).isEqualTo(512L << 20);
  }

  @Test
  void aCrashIsAFailureWithTheExceptionInJUnitXml() {
    var result = grade("crash.py", "--format", "junit");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(result.out()).contains("<testsuite", "<failure", "ValueError: boom");
  }

  @Test
  void aSyntaxErrorIsACompileErrorInMarkdown() {
    var result = grade("syntax.py", "--format", "markdown");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(result.out()).contains("error").contains("compile").contains("solution.py:1:16");
  }

  @Test
  void aLoopIsStoppedAtTheTimeGivenOnTheCommandLine(@TempDir Path out) throws Exception {
    Path report = out.resolve("reports/loop.json");

    var result =
        grade("loop.py", "--time", "2s", "--format", "json", "--output", report.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(result.out()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.path("status").asText()).isEqualTo("error");
    assertThat(json.path("reason").asText()).isEqualTo("timeout");
    assertThat(json.path("limits").path("time_ms").asLong()).isEqualTo(2000);
  }

  @Test
  void aZipOfTheSolutionIsGradedAsTheFilesInIt() throws Exception {
    zip("ada.zip", "ada/solution.py", "def greet(name):\n    return f'Hello, {name}!'\n");

    var result = grade("ada.zip", "--format", "text");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Score 2/2");
  }

  @Test
  void anArchiveWithAPathOutOfTheLessonIsRefusedWithExitThree() throws Exception {
    zip("mallory.zip", "../solution.py", "def greet(name):\n    return 1\n");

    var result = grade("mallory.zip");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("mallory.zip: entry '../solution.py'");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void aLessonFolderPathFindsItsCourse() {
    var result =
        CliRunner.run(
            "grade",
            course.resolve("modules/" + LESSON).toString(),
            "--solution",
            solutions.resolve("right.py").toString());

    assertThat(result.exitCode()).isZero();
  }

  @Test
  void anUnknownLessonIsInvalidInput() {
    var result =
        CliRunner.run(
            "grade",
            "99-none/10-x",
            "--course",
            course.toString(),
            "--solution",
            solutions.resolve("right.py").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("no lesson '99-none/10-x'");
  }

  private static void zip(String name, String entry, String content) throws IOException {
    try (var out = new ZipOutputStream(Files.newOutputStream(solutions.resolve(name)))) {
      out.putNextEntry(new ZipEntry(entry));
      out.write(content.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
  }

  private static CliRunner grade(String solution, String... options) {
    String[] args = new String[5 + options.length];
    args[0] = "grade";
    args[1] = LESSON;
    args[2] = "--course=" + course;
    args[3] = "--solution";
    args[4] = solutions.resolve(solution).toString();
    System.arraycopy(options, 0, args, 5, options.length);
    return CliRunner.run(args);
  }
}
