package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
  @TempDir Path tmp;
  private Path course;

  @BeforeEach
  void init() {
    course = tmp.resolve("course");
    var result =
        CliRunner.run(
            "init", course.toString(), "--language", "python", "--locale", "en,ru", "--no-git");
    assertThat(result.exitCode()).as(result.err()).isZero();
  }

  @Test
  void aModuleAndTwoLessonsKeepTheCourseValid() {
    var module = CliRunner.run("new", "module", "Conditions", "--course", course.toString());
    var first = CliRunner.run("new", "lesson", "Sign of a number", "--course", course.toString());
    var second = CliRunner.run("new", "lesson", "Hello,", "Wörld!", "--course", course.toString());
    var validate = CliRunner.run("validate", course.toString());

    assertThat(module.exitCode()).as(module.err()).isZero();
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(course.resolve("modules/20-conditions/description.ru.yml")).exists();
    assertThat(course.resolve("modules/20-conditions/10-sign-of-a-number/solution.py")).exists();
    assertThat(course.resolve("modules/20-conditions/20-hello-world/en/data.yml"))
        .content()
        .startsWith("name: Hello, Wörld!\n");
    assertThat(validate.exitCode()).as(validate.out()).isZero();
    assertThat(validate.out()).contains("in 3 lessons");
  }

  @Test
  void theCourseIsFoundFromALessonFolderGivenAsCourse() {
    var result =
        CliRunner.run(
            "new",
            "lesson",
            "Variables",
            "--course",
            course.resolve("modules/10-basics/10-hello-world").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(course.resolve("modules/10-basics/20-variables/test_solution.py")).exists();
  }

  @Test
  void fromInsideAModuleTheLessonGoesIntoThatModuleNotTheLastOne() {
    var module = CliRunner.run("new", "module", "Conditions", "--course", course.toString());

    var result =
        CliRunner.run(
            "new",
            "lesson",
            "Variables",
            "--course",
            course.resolve("modules/10-basics").toString());

    assertThat(module.exitCode()).as(module.err()).isZero();
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(course.resolve("modules/10-basics/20-variables/solution.py")).exists();
    assertThat(course.resolve("modules/20-conditions")).isDirectoryNotContaining("glob:**/10-*");
  }

  @Test
  void dryRunPrintsThePlanAndWritesNothing() {
    var result =
        CliRunner.run(
            "new",
            "lesson",
            "Loops",
            "--module",
            "basics",
            "--dry-run",
            "--course",
            course.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("would create " + course + "/modules/10-basics/20-loops/solution.py")
        .contains("would create " + course + "/modules/10-basics/20-loops/ru/EXERCISE.md");
    assertThat(course.resolve("modules/10-basics/20-loops")).doesNotExist();
  }

  @Test
  void anExistingLessonIsNeverOverwritten() throws Exception {
    Path solution = course.resolve("modules/10-basics/10-hello-world/solution.py");
    Files.writeString(solution, "# mine\n");

    var result = CliRunner.run("new", "lesson", "Hello World", "--course", course.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err())
        .contains(course.resolve("modules/10-basics/10-hello-world") + ": a lesson named")
        .contains("never overwrites");
    assertThat(solution).hasContent("# mine");
  }

  @Test
  void outsideACourseItSaysHowToGiveOne() {
    var result =
        CliRunner.run("new", "module", "Loops", "--course", tmp.resolve("nowhere").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("not inside a course").contains("--course DIR");
  }

  @Test
  void newAloneIsAUsageError() {
    var result = CliRunner.run("new");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("new module NAME, or new lesson NAME");
  }
}
