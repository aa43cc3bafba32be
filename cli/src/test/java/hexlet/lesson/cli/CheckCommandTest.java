package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What check does before it reaches for the engine: refusals, and a change that selects no lesson.
 * None of these needs Docker.
 */
class CheckCommandTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "python-basics");

  @TempDir Path tmp;

  @Test
  void aReportDirThatIsAFileExitsThreeBeforeAnyRun(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("reports"), "x");

    var result =
        CliRunner.runWith(
            Map.of("DOCKER_HOST", "unix://" + dir.resolve("no.sock")),
            "check",
            EXAMPLE.toString(),
            "--report-dir",
            file.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err())
        .contains("cannot write the reports to " + file.resolve("summary.txt"))
        .contains(file + " is a file, not a folder");
  }

  @Test
  void aChangeThatSelectsNoLessonStillWritesEveryOutputCiReads() throws Exception {
    Path course = tmp.resolve("course");
    var init = CliRunner.run("init", course.toString(), "--language", "python");
    assertThat(init.exitCode()).as(init.err()).isZero();
    Path junit = tmp.resolve("build/check.xml");
    Path stepSummary = tmp.resolve("step-summary.md");

    var result =
        CliRunner.runWith(
            Map.of(
                "DOCKER_HOST",
                "unix://" + tmp.resolve("no-docker.sock"),
                "GITHUB_STEP_SUMMARY",
                stepSummary.toString()),
            "check",
            course.toString(),
            "--changed-since",
            "HEAD",
            "--format",
            "json",
            "--junit",
            junit.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).containsOnlyOnce("nothing to check");
    var json = new ObjectMapper().readTree(result.out());
    assertThat(json.path("status").asText()).isEqualTo("pass");
    assertThat(json.path("lessons_checked").asInt()).isZero();
    assertThat(junit).content().contains("tests=\"0\"");
    assertThat(stepSummary).exists();
    assertThat(Files.readString(stepSummary))
        .contains("No lesson to check")
        .doesNotContain("| lesson |");
  }

  @Test
  void aChangeThatSelectsNoLessonSaysItOnceInText() {
    Path course = tmp.resolve("course");
    var init = CliRunner.run("init", course.toString(), "--language", "python");
    assertThat(init.exitCode()).as(init.err()).isZero();

    var result =
        CliRunner.runWith(
            Map.of("DOCKER_HOST", "unix://" + tmp.resolve("no-docker.sock")),
            "check",
            course.toString(),
            "--changed-since",
            "HEAD");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).containsOnlyOnce("nothing to check").doesNotContain("no lesson to");
    assertThat(result.out()).isEmpty();
  }
}
