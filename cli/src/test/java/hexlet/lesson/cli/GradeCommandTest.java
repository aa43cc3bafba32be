package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import hexlet.lesson.core.ToolException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What grade refuses before it reaches for the engine: none of these needs Docker. */
class GradeCommandTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "python-basics");

  @TempDir Path dir;

  @Test
  void aReportFileThatIsAFolderExitsThreeBeforeAnyRun() throws Exception {
    var result = grade("--output", dir.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err())
        .contains("cannot write the report to " + dir + ": it is a folder")
        .doesNotContain("internal error", "Exception");
  }

  @Test
  void aReportFileUnderAFileExitsThreeNamingTheFileInTheWay() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "x");

    var result = grade("--output", file.resolve("report.json").toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err())
        .contains("cannot write the report to " + file.resolve("report.json"))
        .contains(file + " is a file, not a folder")
        .doesNotContain("internal error");
  }

  @Test
  void aJUnitFileThatIsAFolderExitsThreeToo() throws Exception {
    var result = grade("--junit", dir.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("cannot write the JUnit XML to " + dir + ": it is a folder");
  }

  @Test
  void aFileThatCannotBeWrittenLaterIsInvalidInputNotABug() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "x");

    ToolException e =
        catchThrowableOfType(
            () -> ReportOutput.writeFile(file.resolve("summary.json"), "{}"), ToolException.class);

    assertThat(e).isNotNull();
    assertThat(e.kind()).isEqualTo(ToolException.Kind.INVALID_INPUT);
    assertThat(e.getMessage())
        .isEqualTo(
            "cannot write "
                + file.resolve("summary.json")
                + ": "
                + file
                + " is a file, not a folder");
  }

  private CliRunner grade(String... options) throws Exception {
    Path solution = Files.writeString(dir.resolve("solution.py"), "def greet(n):\n    return n\n");
    String[] args = new String[6 + options.length];
    args[0] = "grade";
    args[1] = "10-basics/20-greeting";
    args[2] = "--course";
    args[3] = EXAMPLE.toString();
    args[4] = "--solution";
    args[5] = solution.toString();
    System.arraycopy(options, 0, args, 6, options.length);
    // No engine here: a refusal must come before the tool reaches for one.
    return CliRunner.runWith(Map.of("DOCKER_HOST", "unix://" + dir.resolve("no.sock")), args);
  }
}
