package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.engine.docker.RequiresDocker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a new author does, in each language, through the packaged command line and the real engine:
 * init, a module, two lessons, validate, build.
 */
@RequiresDocker
class ScaffoldedCourseIT {
  private final List<String> images = new ArrayList<>();

  @TempDir Path tmp;

  @AfterEach
  void removeImages() throws Exception {
    for (String image : images) {
      Process rmi = new ProcessBuilder("docker", "rmi", "--force", image).inheritIO().start();
      assertThat(rmi.waitFor()).as("docker rmi " + image).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"python", "java", "javascript"})
  void aNewCourseWithAModuleAndTwoLessonsValidatesAndChecks(String language) throws Exception {
    var init = PackagedCli.run(tmp, "init", "course", "--language", language, "--locale", "en,ru");
    assertThat(init.exitCode()).as(init.transcript()).isZero();
    Path course = tmp.resolve("course");

    var module = PackagedCli.run(course, "new", "module", "Strings & Text");
    var first = PackagedCli.run(course.resolve("modules"), "new", "lesson", "Concatenation");
    var second = PackagedCli.run(course, "new", "lesson", "Second steps", "--module", "basics");
    assertThat(module.exitCode()).as(module.transcript()).isZero();
    assertThat(first.out()).contains("20-strings-text/10-concatenation/");
    assertThat(second.out()).contains("modules/10-basics/20-second-steps/");

    var validate = PackagedCli.run(course, "validate", "--strict");
    assertThat(validate.exitCode()).as(validate.transcript()).isZero();
    assertThat(validate.out()).contains("0 errors, 0 warnings in 3 lessons");

    var build = PackagedCli.run(course, "build");
    assertThat(build.exitCode()).as(build.transcript()).isZero();
    images.add(build.out().strip());

    var check = PackagedCli.run(course, "check");
    assertThat(check.exitCode()).as(check.transcript()).isZero();
    assertThat(check.out())
        .contains("10-basics/10-hello-world", "10-basics/20-second-steps")
        .contains("20-strings-text/10-concatenation")
        .contains("3 lessons checked, 0 broken");

    commit(course, "A module and two lessons");
    Path edited = course.resolve("modules/20-strings-text/10-concatenation");
    String exercise = exerciseFile(edited);
    Files.writeString(
        edited.resolve(exercise),
        Files.readString(edited.resolve(exercise))
            + (language.equals("python") ? "# edited\n" : "// edited\n"));
    commit(course, "Edit one lesson");

    var changed = PackagedCli.run(course, "check", "--changed-since", "HEAD~1");
    assertThat(changed.exitCode()).as(changed.transcript()).isZero();
    assertThat(changed.err())
        .contains("1 of 3 lessons")
        .contains("20-strings-text/10-concatenation: " + exercise);
    assertThat(changed.out())
        .contains("20-strings-text/10-concatenation")
        .doesNotContain("10-basics/")
        .contains("1 lesson checked, 0 broken");
  }

  private static String exerciseFile(Path lesson) throws Exception {
    try (var files = Files.list(lesson)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.matches("solution\\.py|App\\.java|index\\.js"))
          .findFirst()
          .orElseThrow();
    }
  }

  private static void commit(Path course, String message) throws Exception {
    try (Git git = Git.open(course.toFile())) {
      git.add().addFilepattern(".").call();
      var author = new PersonIdent("Author", "author@example.org");
      git.commit().setMessage(message).setAuthor(author).setCommitter(author).setSign(false).call();
    }
  }
}
