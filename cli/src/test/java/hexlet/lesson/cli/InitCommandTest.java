package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InitCommandTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"python", "java", "javascript"})
  void aNewCourseValidatesAsItStands(String language) {
    Path course = tmp.resolve("course");

    var init =
        CliRunner.run("init", course.toString(), "--language", language, "--locale", "en,ru");
    var validate = CliRunner.run("validate", course.toString());

    assertThat(init.exitCode()).as(init.err()).isZero();
    assertThat(validate.exitCode()).as(validate.out()).isZero();
    assertThat(validate.out()).contains("0 errors, 0 warnings in 1 lesson");
  }

  @Test
  void theCourseIsCommittedToANewRepository() throws Exception {
    Path course = tmp.resolve("course");

    var result = CliRunner.run("init", course.toString(), "--language", "python");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("first commit");
    try (Git git = Git.open(course.toFile())) {
      assertThat(git.log().call().iterator().next().getFullMessage())
          .isEqualTo("Start the course with hexlet-lesson init");
      assertThat(git.status().call().isClean()).isTrue();
      assertThat(git.getRepository().resolve("HEAD:modules/10-basics/10-hello-world/solution.py"))
          .isNotNull();
    }
  }

  @Test
  void templateOverridesAreTrackedWhileTheToolsCacheIsIgnored() throws Exception {
    Path course = tmp.resolve("course");
    CliRunner.run("init", course.toString(), "--language", "python");
    Path override = course.resolve(".hexlet-lesson/templates/lesson/exercise.mustache");
    Files.createDirectories(override.getParent());
    Files.writeString(override, "# BEGIN\n# END\n");
    Files.createDirectories(course.resolve(".hexlet-lesson/expected"));
    Files.writeString(course.resolve(".hexlet-lesson/expected/lesson.json"), "{}");
    Files.writeString(course.resolve(".hexlet-lesson/build.log"), "log");

    try (Git git = Git.open(course.toFile())) {
      var status = git.status().call();
      assertThat(status.getUntracked())
          .containsExactly(".hexlet-lesson/templates/lesson/exercise.mustache");
      assertThat(status.getIgnoredNotInIndex())
          .contains(".hexlet-lesson/expected", ".hexlet-lesson/build.log");
    }
  }

  @Test
  void printsEveryFileItCreates() {
    Path course = tmp.resolve("course");

    var result = CliRunner.run("init", course.toString(), "--language", "java", "--no-git");

    assertThat(result.out())
        .contains("created " + course + "/spec.yml")
        .contains("created " + course + "/.github/workflows/check.yml")
        .contains("created " + course + "/modules/10-basics/10-hello-world/App.java")
        .contains("created " + course + "/modules/10-basics/10-hello-world/AppTest.java");
    assertThat(course.resolve(".git")).doesNotExist();
  }

  @Test
  void aNonEmptyFolderIsRefusedWithItsName() throws Exception {
    Path course = Files.createDirectories(tmp.resolve("busy"));
    Files.writeString(course.resolve("notes.txt"), "mine");

    var result = CliRunner.run("init", course.toString(), "--language", "python");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains(course + ": not empty");
    assertThat(course.resolve("spec.yml")).doesNotExist();
  }

  @Test
  void anEmptyFolderIsFine() throws Exception {
    Path course = Files.createDirectories(tmp.resolve("empty"));

    var result = CliRunner.run("init", course.toString(), "--language", "javascript", "--no-git");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(course.resolve("modules/10-basics/10-hello-world/index.js")).exists();
  }

  @Test
  void anUnknownLanguageIsAUsageErrorListingTheKnownOnes() {
    var result = CliRunner.run("init", tmp.resolve("c").toString(), "--language", "cobol");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("'cobol' is not one of python, java, javascript");
  }

  @Test
  void dryRunCreatesNothing() {
    Path course = tmp.resolve("course");

    var result =
        CliRunner.run(
            "init", course.toString(), "--language", "python", "--locale", "ru", "--dry-run");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("would create " + course + "/description.ru.yml")
        .contains("would create " + course + "/modules/10-basics/10-hello-world/ru/README.md");
    assertThat(course).doesNotExist();
  }

  @Test
  void theTitleOptionNamesTheCourseInEveryLocale() {
    Path course = tmp.resolve("course");

    CliRunner.run(
        "init",
        course.toString(),
        "--language",
        "python",
        "--locale",
        "en,ru",
        "--title",
        "Python: first steps",
        "--no-git");

    assertThat(course.resolve("description.ru.yml"))
        .content()
        .startsWith("title: \"Python: first steps\"\n");
  }
}
