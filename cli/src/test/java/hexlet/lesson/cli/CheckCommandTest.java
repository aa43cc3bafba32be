package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What check refuses before it reaches for the engine: none of these needs Docker. */
class CheckCommandTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "python-basics");

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
}
