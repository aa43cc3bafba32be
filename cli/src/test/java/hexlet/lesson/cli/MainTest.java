package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @Test
  void helpListsTheCommandsAndExitCodes() {
    var result = CliRunner.run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("validate", "Exit codes:", "70  internal error");
  }

  @Test
  void eachCommandInTheHelpListEndsItsSentence() {
    var result = CliRunner.run("--help");

    String out = result.out();
    String list = out.substring(out.indexOf("Commands:\n") + 10, out.indexOf("Exit codes:"));
    // A summary's wrapped lines are indented deeper than the line naming the command.
    List<String> summaries =
        List.of(list.strip().split("\n(?=  \\S)")).stream()
            .map(summary -> summary.replaceAll("\\s+", " ").strip())
            .toList();
    assertThat(summaries).hasSizeGreaterThan(5);
    assertThat(summaries)
        .as("command summaries cut before what they announce")
        .noneMatch(summary -> summary.endsWith(":"));
  }

  @Test
  void versionNamesTheTool() {
    var result = CliRunner.run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("hexlet-lesson 0.");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    var result = CliRunner.run("validate", "--no-such-option");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("Unknown option: '--no-such-option'");
  }

  @Test
  void aFolderThatIsNotACourseExitsThreeWithoutAStackTrace(@TempDir Path dir) {
    var result = CliRunner.run("validate", dir.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("spec.yml is missing").doesNotContain("Exception", "\tat ");
  }

  @Test
  void verboseShowsTheTrace(@TempDir Path dir) {
    var result = CliRunner.run("validate", "--verbose", dir.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("ToolException", "\tat ");
  }

  @Test
  void aBadlyNamedLessonFolderIsAFindingWithExitOne(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("spec.yml"), "language: {}\n");
    Files.createDirectories(dir.resolve("modules/10-basics/20-Hello_World"));

    var result = CliRunner.run("validate", dir.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(result.out())
        .contains(
            "modules/10-basics/20-Hello_World:0:0: error: lesson folder name '20-Hello_World'")
        .contains("[folder-name]")
        .containsPattern("\\d+ errors, \\d+ warnings in 1 lesson");
  }

  @Test
  void completionScriptIsGenerated() {
    var result = CliRunner.run("generate-completion");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("complete -F").contains("hexlet-lesson");
  }
}
