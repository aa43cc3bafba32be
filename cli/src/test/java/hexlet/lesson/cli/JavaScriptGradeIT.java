package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.docker.ExampleCourses;
import hexlet.lesson.engine.docker.RequiresDocker;
import hexlet.lesson.engine.docker.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grades of JavaScript solutions of the example course on the real engine (node 18, node:test). */
@RequiresDocker
class JavaScriptGradeIT {
  private static final String LESSON = "20-conditions/10-sign";
  private static Path course;
  private static Path solutions;

  @BeforeAll
  static void setUp(@TempDir Path dir) throws Exception {
    course = ExampleCourses.copy("javascript-basics", dir.resolve("course"));
    TestImages.of(new CourseLoader().load(course));
    solutions = Files.createDirectories(dir.resolve("solutions"));
    solution("right", "const sign = (n) => (n > 0 ? 'positive' : n < 0 ? 'negative' : 'zero');");
    solution("wrong", "const sign = (n) => (n > 0 ? 'positive' : 'negative');");
    solution("syntax", "const sign = (n) => {\n  return 'zero'\n  if (\n};");
    solution("exit", "const sign = (n) => {\n  process.exit(0);\n};");
    solution("throws", "const sign = (n) => n;\nthrow new Error('not ready');");
  }

  private static void solution(String name, String code) throws Exception {
    Files.writeString(solutions.resolve(name + ".js"), code + "\n\nmodule.exports = { sign };\n");
  }

  @Test
  void theRightSolutionPassesEveryTest() throws Exception {
    JsonNode report = grade("right", 0);

    assertThat(report.path("status").asText()).isEqualTo("pass");
    assertThat(report.path("tests"))
        .extracting(t -> t.path("name").asText())
        .containsExactlyInAnyOrder("positive numbers", "negative numbers", "zero");
  }

  @Test
  void aWrongSolutionFailsTheTestItGetsWrong() throws Exception {
    JsonNode report = grade("wrong", ExitCodes.FINDINGS);

    assertThat(report.path("status").asText()).isEqualTo("fail");
    assertThat(report.path("score").asInt()).isEqualTo(2);
    assertThat(report.path("message").asText()).contains("zero");
    assertThat(report.path("tests"))
        .filteredOn(t -> t.path("status").asText().equals("fail"))
        .singleElement()
        .satisfies(t -> assertThat(t.path("message").asText()).contains("test.js:15"));
  }

  @Test
  void aSyntaxErrorIsACompileErrorAtTheLearnersLine() throws Exception {
    JsonNode report = grade("syntax", ExitCodes.FINDINGS);

    assertThat(report.path("status").asText()).isEqualTo("error");
    assertThat(report.path("reason").asText()).isEqualTo("compile");
    assertThat(report.path("message").asText())
        .contains("index.js:4: SyntaxError: Unexpected token '}'");
    assertThat(report.path("tests").toString())
        .as("paths as the learner sees them, without node's own frames")
        .contains("index.js:4")
        .doesNotContain("/exercises-javascript/")
        .doesNotContain("node:internal");
  }

  @Test
  void aPlainErrorThrownAtTheTopOfTheModuleIsACompileError() throws Exception {
    JsonNode report = grade("throws", ExitCodes.FINDINGS);

    assertThat(report.path("status").asText()).isEqualTo("error");
    assertThat(report.path("reason").asText()).isEqualTo("compile");
    assertThat(report.path("message").asText()).contains("index.js:2: Error: not ready");
  }

  @Test
  void processExitBeforeTheTestsReportIsAnErrorNotAPass() throws Exception {
    JsonNode report = grade("exit", ExitCodes.FINDINGS);

    assertThat(report.path("status").asText()).isEqualTo("error");
    assertThat(report.path("reason").asText()).isEqualTo("runner");
    assertThat(report.path("message").asText()).contains("process.exit");
  }

  private static JsonNode grade(String solution, int exitCode) throws Exception {
    var result =
        CliRunner.run(
            "grade",
            LESSON,
            "--course=" + course,
            "--solution",
            solutions.resolve(solution + ".js").toString(),
            "--format",
            "json");
    assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
    return new ObjectMapper().readTree(result.out());
  }
}
