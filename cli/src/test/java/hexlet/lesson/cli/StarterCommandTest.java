package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StarterCommandTest {
  @TempDir Path tmp;
  private Path course;
  private Path lesson;

  @BeforeEach
  void init() {
    course = tmp.resolve("course");
    CliRunner.run("init", course.toString(), "--language", "java", "--no-git");
    lesson = course.resolve("modules/10-basics/10-hello-world");
  }

  @Test
  void printsTheExerciseFileAsTheLearnerGetsIt() {
    var result = CliRunner.run("starter", lesson.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).isEqualTo("public class App {\n    // BEGIN\n    // END\n}\n");
  }

  @Test
  void aMistypedLessonFolderIsLookedUpInItsCourseNotTheCurrentFolder() {
    var result = CliRunner.run("starter", course.resolve("modules/10-basics/10-helo").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err())
        .contains("no lesson '" + course.resolve("modules/10-basics/10-helo") + "'")
        .contains("10-basics/10-hello-world")
        .doesNotContain("not inside a course");
  }

  @Test
  void takesALessonIdWithTheCourse() {
    var result =
        CliRunner.run("starter", "10-basics/10-hello-world", "--course", course.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("// BEGIN").doesNotContain("return");
  }

  @Test
  void writesTheStarterFilesWithoutHiddenTests() throws Exception {
    Files.writeString(lesson.resolve("HiddenTest.java"), "class HiddenTest {}\n");
    Files.writeString(
        lesson.resolve("lesson.yml"), "grading:\n  hidden_tests: [HiddenTest.java]\n");
    Path out = tmp.resolve("learner");

    var result = CliRunner.run("starter", lesson.toString(), "-o", out.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("App.java", "AppTest.java", "Makefile");
    }
    assertThat(out.resolve("App.java")).content().doesNotContain("return");
    assertThat(result.out()).contains("created " + out.resolve("App.java"));
  }

  @Test
  void anUnknownLessonSaysWhatALessonIdLooksLike() {
    var result = CliRunner.run("starter", "10-basics/99-nothing", "--course", course.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err())
        .contains("no lesson '10-basics/99-nothing'")
        .contains("10-basics/10-hello-world");
  }

  @Test
  void brokenMarkersExitThreeWithFileAndLine() throws Exception {
    Files.writeString(lesson.resolve("App.java"), "class App {\n  // END\n}\n");

    var result = CliRunner.run("starter", lesson.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains(lesson.resolve("App.java") + ":2:3: END without a BEGIN");
  }
}
