package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorCommandTest {
  @Test
  void anUnreachableEngineIsAProblemToFixAndExitsFour(@TempDir Path dir) {
    var result =
        CliRunner.runWith(
            Map.of("DOCKER_HOST", "unix://" + dir.resolve("no-docker.sock")), "doctor");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(result.out())
        .contains("ok   java")
        .contains("FAIL docker             unreachable")
        .contains("fix: cannot reach the Docker engine")
        .contains("skip memory limit")
        .contains("problem to fix before grading.");
  }

  @Test
  void jsonListsEveryCheckWithItsStatus(@TempDir Path dir) {
    var result =
        CliRunner.runWith(
            Map.of("DOCKER_HOST", "unix://" + dir.resolve("no-docker.sock")),
            "doctor",
            "--format",
            "json");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(result.out())
        .startsWith("{")
        .contains("\"status\" : \"fail\"")
        .contains("\"check\" : \"docker\"");
  }

  @Test
  void aFolderThatIsNotACourseExitsThree(@TempDir Path dir) {
    var result = CliRunner.run("doctor", dir.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("spec.yml is missing");
  }
}
