package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "python-basics");

  @Test
  void anUnreachableEngineExitsFourWithOneSentenceOnWhatToStart(@TempDir Path dir) {
    var result =
        CliRunner.runWith(
            Map.of("DOCKER_HOST", "unix://" + dir.resolve("no-docker.sock")),
            "build",
            EXAMPLE.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(result.err())
        .contains("error: cannot reach the Docker engine at unix://")
        .contains("start Docker")
        .doesNotContain("Exception", "\tat ");
    assertThat(result.err().strip().lines()).hasSize(1);
  }

  @Test
  void aFolderThatIsNotACourseExitsThree(@TempDir Path dir) {
    var result = CliRunner.run("build", dir.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("spec.yml is missing");
  }
}
