package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  static final Path FIXTURE = ValidateVariantsTest.VALID_COURSE;

  @TempDir Path temp;

  private Path brokenCopy() throws Exception {
    Path course = temp.resolve("course");
    ValidateVariantsTest.copy(FIXTURE, course);
    Files.writeString(
        course.resolve("modules/10-basics/20-comments/en/data.yml"), "nmae: Comments\n");
    Files.writeString(
        course.resolve("modules/10-basics/10-hello-world/index.js"), "// BEGIN\nx();\n");
    Files.writeString(course.resolve("description.ru.yml"), "title: [unclosed\n");
    return course;
  }

  @Test
  void aValidCourseExitsZeroWithTheSummary() {
    var result = CliRunner.run("validate", FIXTURE.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).endsWith("0 errors, 1 warning in 4 lessons\n");
  }

  @Test
  void strictTurnsWarningsIntoFailure() {
    var result = CliRunner.run("validate", "--strict", FIXTURE.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(result.out()).contains("warning: the lesson is not translated to 'ru' yet");
  }

  @Test
  void everyBreakIsPrintedInOneRunSortedByPath() throws Exception {
    var result = CliRunner.run("validate", brokenCopy().toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    List<String> lines = result.out().lines().toList();
    assertThat(lines)
        .contains(
            "description.ru.yml:2:1: error: expected ',' or ']', but got the end of the file (while parsing a flow sequence started at line 1) [yaml-syntax]",
            "modules/10-basics/10-hello-world/index.js:1:1: error: BEGIN without a matching END [markers]",
            "modules/10-basics/20-comments/en/data.yml:1:1: error: unknown key 'nmae'; did you mean 'name'? [unknown-key]",
            "modules/10-basics/20-comments/en/data.yml:1:1: error: missing required key 'name' [missing-key]");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("4 errors, 1 warning in 4 lessons");
    List<String> findings = lines.subList(0, lines.size() - 1);
    List<String> paths =
        new ArrayList<>(findings.stream().map(l -> l.substring(0, l.indexOf(':'))).toList());
    assertThat(paths).isSorted();
  }

  @Test
  void jsonFormatPrintsTheSameFindingsAsAnArray() throws Exception {
    Path course = brokenCopy();
    var text = CliRunner.run("validate", course.toString());
    var json = CliRunner.run("validate", "--format", "json", course.toString());

    assertThat(json.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    JsonNode array = new ObjectMapper().readTree(json.out());
    assertThat(array.isArray()).isTrue();
    List<String> rendered = new ArrayList<>();
    for (JsonNode f : array) {
      assertThat(f.properties())
          .extracting(java.util.Map.Entry::getKey)
          .containsExactly("path", "line", "column", "severity", "message", "rule");
      rendered.add(
          "%s:%d:%d: %s: %s [%s]"
              .formatted(
                  f.get("path").asText(),
                  f.get("line").asInt(),
                  f.get("column").asInt(),
                  f.get("severity").asText(),
                  f.get("message").asText(),
                  f.get("rule").asText()));
    }
    List<String> textLines = text.out().lines().toList();
    assertThat(rendered).isEqualTo(textLines.subList(0, textLines.size() - 1));
    assertThat(json.err()).contains("4 errors, 1 warning in 4 lessons");
  }

  @Test
  void aFileInsteadOfAFolderIsNotACourse() throws Exception {
    Path file = Files.writeString(temp.resolve("spec.yml"), "language: {}\n");

    var result = CliRunner.run("validate", file.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("no such folder").doesNotContain("Exception");
  }
}
