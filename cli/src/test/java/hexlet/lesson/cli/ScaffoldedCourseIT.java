package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.engine.docker.RequiresDocker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
  /**
   * A name of its own for each run's course, so its image tag (courses/NAME:HASH) is its own too:
   * runs on one Docker engine at the same time neither share nor remove each other's image.
   */
  private final String name = "course-" + Long.toHexString(System.nanoTime());

  @TempDir Path tmp;

  /** The temporary folder may lie inside a repository (target/): the course gets its own. */
  private Map<String, String> outsideOtherRepositories() {
    return Map.of("GIT_CEILING_DIRECTORIES", tmp.toString());
  }

  private PackagedCli run(Path dir, String... args) throws Exception {
    return PackagedCli.run(dir, outsideOtherRepositories(), args);
  }

  @AfterEach
  void removeImages() throws Exception {
    Process list =
        new ProcessBuilder(
                "docker", "images", "--format", "{{.Repository}}:{{.Tag}}", "courses/" + name)
            .redirectErrorStream(true)
            .start();
    String images = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(list.waitFor()).as("docker images: " + images).isZero();
    for (String image : images.lines().filter(l -> !l.isBlank()).toList()) {
      Process rmi = new ProcessBuilder("docker", "rmi", "--force", image).inheritIO().start();
      assertThat(rmi.waitFor()).as("docker rmi " + image).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"python", "java", "javascript"})
  void aNewCourseWithAModuleAndTwoLessonsValidatesAndChecks(String language) throws Exception {
    var init = run(tmp, "init", name, "--language", language, "--locale", "en,ru");
    assertThat(init.exitCode()).as(init.transcript()).isZero();
    Path course = tmp.resolve(name);

    var module = run(course, "new", "module", "Strings & Text");
    var first = run(course.resolve("modules"), "new", "lesson", "Concatenation");
    var second = run(course, "new", "lesson", "Second steps", "--module", "basics");
    assertThat(module.exitCode()).as(module.transcript()).isZero();
    assertThat(first.out()).contains("20-strings-text/10-concatenation/");
    assertThat(second.out()).contains("modules/10-basics/20-second-steps/");

    var validate = run(course, "validate", "--strict");
    assertThat(validate.exitCode()).as(validate.transcript()).isZero();
    assertThat(validate.out()).contains("0 errors, 0 warnings in 3 lessons");

    var build = run(course, "build");
    assertThat(build.exitCode()).as(build.transcript()).isZero();
    assertThat(build.out()).startsWith("courses/" + name + ":");

    var check = run(course, "check");
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

    var changed = run(course, "check", "--changed-since", "HEAD~1");
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
