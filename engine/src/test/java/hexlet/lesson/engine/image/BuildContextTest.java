package hexlet.lesson.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.TestCourses;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildContextTest {
  @TempDir Path root;

  @Test
  void referenceSolutionsGitHistoryAndTheCacheStayOut() throws Exception {
    TestCourses.python(root);
    TestCourses.write(root.resolve(".git/objects/ab/cdef"), "history");
    TestCourses.write(root.resolve(".hexlet-lesson/build.log"), "log");

    var context = BuildContext.of(new CourseLoader().load(root));

    List<String> paths = context.entries().stream().map(BuildContext.Entry::path).toList();
    assertThat(paths)
        .contains("Dockerfile", "spec.yml", "modules/10-basics/10-hello/test_solution.py")
        .noneMatch(p -> p.endsWith("solution.py") && !p.endsWith("test_solution.py"))
        .noneMatch(p -> p.startsWith(".git/") || p.startsWith(".hexlet-lesson/"));
    assertThat(tarPaths(context)).isEqualTo(paths);
  }

  @Test
  void dockerignoreIsHonouredButNeverDropsTheDockerfile() throws Exception {
    TestCourses.python(root);
    TestCourses.write(root.resolve(".dockerignore"), "Dockerfile\n**/en\n");

    var context = BuildContext.of(new CourseLoader().load(root));

    assertThat(context.entries())
        .extracting(BuildContext.Entry::path)
        .contains("Dockerfile", ".dockerignore")
        .noneMatch(p -> p.contains("/en/"));
  }

  @Test
  void theHashIsStableAndFollowsEveryChange() throws Exception {
    TestCourses.python(root);
    var loader = new CourseLoader();
    String first = BuildContext.of(loader.load(root)).hash();

    assertThat(BuildContext.of(loader.load(root)).hash()).isEqualTo(first);

    Files.writeString(root.resolve("modules/10-basics/10-hello/solution.py"), "changed = 1\n");
    assertThat(BuildContext.of(loader.load(root)).hash())
        .as("the reference is not in the image, so it does not change the tag")
        .isEqualTo(first);

    Files.writeString(root.resolve("modules/10-basics/10-hello/test_solution.py"), "# new\n");
    assertThat(BuildContext.of(loader.load(root)).hash()).isNotEqualTo(first);
  }

  @Test
  void aCourseWithoutDockerfileIsInvalidInput() {
    TestCourses.python(root);
    root.resolve("Dockerfile").toFile().delete();

    assertThatThrownBy(() -> BuildContext.of(new CourseLoader().load(root)))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("no Dockerfile")
        .extracting(e -> ((ToolException) e).kind())
        .isEqualTo(ToolException.Kind.INVALID_INPUT);
  }

  @Test
  void aJavaCourseWhoseDockerfileNamesTheRunnerGetsItInTheContext() throws Exception {
    javaCourse("COPY .hexlet/junit-runner.jar /opt/hexlet-lesson/junit-runner.jar\n");
    var named = BuildContext.of(new CourseLoader().load(root));
    javaCourse("");
    var plain = BuildContext.of(new CourseLoader().load(root));

    assertThat(tarPaths(named)).contains(".hexlet/junit-runner.jar");
    assertThat(named.offered())
        .singleElement()
        .satisfies(f -> assertThat(f.content()).startsWith('P', 'K'));
    assertThat(plain.offered()).isEmpty();
    assertThat(tarPaths(plain)).doesNotContain(".hexlet/junit-runner.jar");
    assertThat(named.hash()).isNotEqualTo(plain.hash());
  }

  private void javaCourse(String dockerfileLine) {
    TestCourses.python(root);
    TestCourses.write(
        root.resolve("spec.yml"),
        """
        language:
          docker_image: hexlet-lesson-test/java
          extension: java
          exercise_filename: solution.py
          exercise_test_filename: test_solution.py
          learn_as: first_language
          progress: completed
          name: Java
        """);
    TestCourses.write(
        root.resolve("Dockerfile"), "FROM debian:bookworm-slim\n" + dockerfileLine + "COPY . .\n");
  }

  private static List<String> tarPaths(BuildContext context) throws Exception {
    var bytes = new ByteArrayOutputStream();
    context.writeTar(bytes);
    List<String> paths = new ArrayList<>();
    try (var tar = new TarArchiveInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      for (var e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        paths.add(e.getName());
      }
    }
    return paths;
  }
}
